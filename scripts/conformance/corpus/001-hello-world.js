/*---
{ "title": "CPI's Hello World", "body": "" }
---*/
function processData(message) {
  message.setBody("Hello world from IFlow");
  return message;
}
