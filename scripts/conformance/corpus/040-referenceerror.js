/*---
{ "title": "ReferenceError for an unknown variable", "body": "" }
---*/
function processData(message) {
  message.setBody(notDefinedAnywhere);
  return message;
}
