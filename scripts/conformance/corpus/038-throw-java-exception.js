/*---
{ "title": "throw new java.lang.IllegalArgumentException", "body": "" }
---*/
function processData(message) {
  throw new java.lang.IllegalArgumentException("Missing order number");
}
