/*---
{ "title": "class declarations are not supported by Rhino 1.7.14", "body": "" }
---*/
class Greeter {
  greet() { return "hi"; }
}
function processData(message) {
  message.setBody(new Greeter().greet());
  return message;
}
