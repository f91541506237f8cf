/*---
{ "title": "file system: java.nio.file.Files", "body": "", "expect": "refused", "refusedApi": "java.nio.file" }
---*/
function processData(message) {
  var p = java.nio.file.Paths.get("/tmp/x.txt");
  java.nio.file.Files.write(p, message.getBody(java.lang.String).getBytes());
  return message;
}
