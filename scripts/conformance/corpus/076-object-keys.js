/*---
{ "title": "Object.keys over a parsed JSON object", "body": "{\"b\":1,\"a\":2,\"c\":3}" }
---*/
function processData(message) {
  var o = JSON.parse(message.getBody(java.lang.String));
  message.setBody(Object.keys(o).join(",") + " " + JSON.stringify(o));
  return message;
}
