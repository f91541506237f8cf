/*---
{ "title": "file system: java.io.File", "body": "", "expect": "refused", "refusedApi": "java.io.File" }
---*/
function processData(message) {
  var f = new java.io.File("/etc/passwd");
  message.setBody(String(f.exists()));
  return message;
}
