/*---
{ "title": "java.util.Base64 encoder over getBytes(UTF-8)", "body": "user:päss" }
---*/
function processData(message) {
  var s = message.getBody(java.lang.String);
  var b64 = java.util.Base64.getEncoder().encodeToString(s.getBytes("UTF-8"));
  message.setHeader("Authorization", "Basic " + b64);
  return message;
}
