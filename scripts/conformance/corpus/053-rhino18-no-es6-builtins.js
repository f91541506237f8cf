/*---
{ "title": "1.8 mode: no Symbol, Promise, Set", "body": "" }
---*/
// @rhino-version 1.8
function processData(message) {
  message.setBody([typeof Symbol, typeof Promise, typeof Set, typeof JSON].join(","));
  return message;
}
