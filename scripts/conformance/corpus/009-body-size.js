/*---
{ "title": "getBodySize counts UTF-8 bytes", "body": "Grüße €" }
---*/
function processData(message) {
  message.setHeader("size", String(message.getBodySize()));
  return message;
}
