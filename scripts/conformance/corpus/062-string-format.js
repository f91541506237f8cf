/*---
{ "title": "java.lang.String.format", "body": "" }
---*/
function processData(message) {
  message.setBody(java.lang.String.format("%s-%05d-%.2f", "INV", java.lang.Integer.valueOf(42), java.lang.Double.valueOf(3.14159)));
  return message;
}
