/*---
{ "title": "JSON.stringify of an object holding Java strings", "body": "x" }
---*/
function processData(message) {
  var o = { body: message.getBody(java.lang.String), upper: new java.lang.String("q").toUpperCase() };
  message.setBody(JSON.stringify(o));
  return message;
}
