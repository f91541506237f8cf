/*---
{ "title": "getBody() without a type, string concatenation", "body": "abc" }
---*/
function processData(message) {
  var body = message.getBody();
  message.setBody(body + "-" + body.length);
  return message;
}
