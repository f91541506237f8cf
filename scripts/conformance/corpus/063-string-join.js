/*---
{ "title": "java.lang.String.join over an ArrayList", "body": "" }
---*/
function processData(message) {
  var l = new java.util.ArrayList();
  l.add("a");
  l.add("b");
  message.setBody(java.lang.String.join("+", l));
  return message;
}
