/*---
{ "title": "reflection: java.lang.Class.forName", "body": "", "expect": "refused", "refusedApi": "java.lang.Class" }
---*/
function processData(message) {
  var c = java.lang.Class.forName("java.lang.Runtime");
  message.setBody(String(c.getName()));
  return message;
}
