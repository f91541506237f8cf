/*---
{ "title": "java.net.URLEncoder / URLDecoder", "body": "a b&c=d/é" }
---*/
function processData(message) {
  var enc = java.net.URLEncoder.encode(message.getBody(java.lang.String), "UTF-8");
  var dec = java.net.URLDecoder.decode(enc, "UTF-8");
  message.setBody(enc + " | " + dec);
  return message;
}
