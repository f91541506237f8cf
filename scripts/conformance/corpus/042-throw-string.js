/*---
{ "title": "throw a plain string", "body": "" }
---*/
function processData(message) {
  throw "custom failure";
}
