/*---
{ "title": "JSON.parse of a Java string", "body": "{\"a\":\"b\"}" }
---*/
function processData(message) {
  var text = message.getBody(java.lang.String);
  var o = JSON.parse(text);
  message.setBody(o.a);
  return message;
}
