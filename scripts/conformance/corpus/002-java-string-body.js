/*---
{ "title": "getBody(java.lang.String), Java string methods", "body": "hello cpi" }
---*/
function processData(message) {
  var body = message.getBody(java.lang.String);
  message.setBody(new java.lang.String(body).toUpperCase() + " (" + body.length() + ")");
  message.setHeader("type", typeof body);
  return message;
}
