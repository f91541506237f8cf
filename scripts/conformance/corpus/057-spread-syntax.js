/*---
{ "title": "spread arguments are not supported by Rhino 1.7.14", "body": "" }
---*/
function processData(message) {
  var nums = [3, 1, 2];
  message.setBody(String(Math.max(...nums)));
  return message;
}
