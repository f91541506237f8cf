/*---
{ "title": "default parameters are not supported by Rhino 1.7.14", "body": "" }
---*/
function greet(name, greeting = "Hello") {
  return greeting + " " + name;
}
function processData(message) {
  message.setBody(greet("CPI"));
  return message;
}
