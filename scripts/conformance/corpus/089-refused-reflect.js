/*---
{ "title": "reflection: java.lang.reflect.Array", "body": "", "expect": "refused", "refusedApi": "java.lang.reflect" }
---*/
function processData(message) {
  var a = java.lang.reflect.Array.newInstance(java.lang.String, 2);
  message.setBody(String(a.length));
  return message;
}
