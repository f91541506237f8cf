/*---
{ "title": "syntax error: missing brace", "body": "" }
---*/
function processData(message) {
  if (true) {
    message.setBody("x");
  return message;
