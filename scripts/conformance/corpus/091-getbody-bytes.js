/*---
{ "title": "getBody as bytes through getBytes and back", "body": "Zürich" }
---*/
function processData(message) {
  var bytes = message.getBody(java.lang.String).getBytes("UTF-8");
  message.setHeader("bytes", String(bytes.length));
  message.setBody(new java.lang.String(bytes, "UTF-8") + "!");
  return message;
}
