/*---
{ "title": "network: java.net.Socket", "body": "", "expect": "refused", "refusedApi": "java.net.Socket" }
---*/
function processData(message) {
  var s = new java.net.Socket("127.0.0.1", 9);
  s.close();
  return message;
}
