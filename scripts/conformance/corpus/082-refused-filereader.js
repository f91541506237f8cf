/*---
{ "title": "file system: java.io.FileReader", "body": "", "expect": "refused", "refusedApi": "java.io.FileReader" }
---*/
importClass(java.io.FileReader);
function processData(message) {
  var r = new FileReader("/etc/hostname");
  message.setBody(String(r.read()));
  return message;
}
