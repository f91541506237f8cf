/*---
{ "title": "numbers and booleans as header and property values", "body": "" }
---*/
function processData(message) {
  message.setHeader("count", 3);
  message.setProperty("flag", true);
  message.setProperty("ratio", 0.5);
  return message;
}
