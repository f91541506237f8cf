/*---
{ "title": "helper functions and closures", "body": "a;b;c" }
---*/
function splitBy(sep) {
  return function (s) { return String(s).split(sep); };
}
var bySemicolon = splitBy(";");
function processData(message) {
  var parts = bySemicolon(message.getBody(java.lang.String));
  message.setBody(parts.reverse().join(","));
  return message;
}
