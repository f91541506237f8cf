/*---
{ "title": "Integer.parseInt on bad input: NumberFormatException leaves the script", "body": "4x" }
---*/
function processData(message) {
  var n = java.lang.Integer.parseInt(message.getBody(java.lang.String));
  message.setBody(String(n));
  return message;
}
