/*---
{ "title": "java.util.Base64 decoder to a new java.lang.String", "body": "SGVsbG8gd29ybGQ=" }
---*/
function processData(message) {
  var bytes = java.util.Base64.getDecoder().decode(message.getBody(java.lang.String));
  message.setBody(new java.lang.String(bytes, "UTF-8"));
  return message;
}
