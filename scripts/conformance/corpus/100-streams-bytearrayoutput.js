/*---
{ "title": "java.io.ByteArrayOutputStream to build a body", "body": "abc" }
---*/
function processData(message) {
  var out = new java.io.ByteArrayOutputStream();
  var bytes = message.getBody(java.lang.String).getBytes("UTF-8");
  out.write(bytes, 0, bytes.length);
  out.write(33);
  message.setBody(out.toString("UTF-8"));
  message.setHeader("size", String(out.size()));
  return message;
}
