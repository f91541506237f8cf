/*---
{ "title": "JavaScript string methods on String(body)", "body": "Hello World" }
---*/
function processData(message) {
  var s = String(message.getBody(java.lang.String));
  message.setBody([s.toLowerCase(), s.charAt(4), s.indexOf("World"), s.substring(6), s.split(" ").length, s.trim().length].join("|"));
  return message;
}
