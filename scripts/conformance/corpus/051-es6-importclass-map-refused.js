/*---
{ "title": "ES6 mode: importClass(java.util.Map) fails (Map is defined)", "body": "" }
---*/
importClass(java.util.Map);
function processData(message) {
  message.setBody("imported");
  return message;
}
