/*---
{ "title": "importClass(java.lang.String) fails: String is defined", "body": "" }
---*/
importClass(java.lang.String);
function processData(message) {
  return message;
}
