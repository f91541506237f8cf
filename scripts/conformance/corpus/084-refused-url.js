/*---
{ "title": "network: java.net.URL.openConnection", "body": "", "expect": "refused", "refusedApi": "java.net.URL" }
---*/
function processData(message) {
  var conn = new java.net.URL("http://127.0.0.1:9/").openConnection();
  message.setBody(String(conn.getResponseCode()));
  return message;
}
