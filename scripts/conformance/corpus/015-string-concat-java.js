/*---
{ "title": "string concatenation mixing JS and Java strings", "body": "World", "headers": { "greet": "Hello" } }
---*/
function processData(message) {
  var g = message.getHeader("greet", java.lang.String);
  var b = message.getBody(java.lang.String);
  var s = g + ", " + b + "!";
  message.setHeader("kind", typeof s);
  message.setBody(s + " " + s.length);
  return message;
}
