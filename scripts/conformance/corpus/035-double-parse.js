/*---
{ "title": "Double.parseDouble and toFixed", "body": "3.14159" }
---*/
function processData(message) {
  var d = java.lang.Double.parseDouble(message.getBody(java.lang.String));
  message.setBody((d * 2).toFixed(2));
  return message;
}
