/*---
{ "title": "java.lang.StringBuilder with strings", "body": "x" }
---*/
function processData(message) {
  var sb = new java.lang.StringBuilder();
  sb.append("<root>").append(message.getBody(java.lang.String)).append("</root>");
  sb.insert(0, "<?xml version=\"1.0\"?>");
  message.setBody(sb.toString());
  message.setHeader("len", String(sb.length()));
  return message;
}
