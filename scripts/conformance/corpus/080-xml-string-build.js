/*---
{ "title": "build an XML payload by string concatenation", "body": "{\"id\":7,\"name\":\"Bolt & Nut\"}" }
---*/
function esc(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function processData(message) {
  var o = JSON.parse(message.getBody(java.lang.String));
  message.setBody("<Material><Id>" + o.id + "</Id><Name>" + esc(o.name) + "</Name></Material>");
  message.setHeader("Content-Type", "application/xml");
  return message;
}
