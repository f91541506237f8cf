/*---
{ "title": "processData without return still changes the message", "body": "in" }
---*/
function processData(message) {
  message.setBody("changed");
}
