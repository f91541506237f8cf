/*---
{ "title": "Integer.parseInt and arithmetic", "body": "41", "headers": { "step": "1" } }
---*/
function processData(message) {
  var n = java.lang.Integer.parseInt(message.getBody(java.lang.String));
  var step = java.lang.Integer.parseInt(message.getHeader("step", java.lang.String));
  message.setBody(String(n + step));
  message.setHeader("type", typeof n);
  return message;
}
