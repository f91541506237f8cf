/*---
{ "title": "header names are case-insensitive", "body": "", "headers": { "Content-Type": "text/plain" } }
---*/
function processData(message) {
  var a = message.getHeaders().get("content-type");
  var b = message.getHeader("CONTENT-TYPE", java.lang.String);
  message.setBody(a + "|" + b);
  message.setHeader("content-type", "application/xml");
  return message;
}
