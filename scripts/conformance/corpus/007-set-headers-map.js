/*---
{ "title": "setHeaders with a new java.util.HashMap", "body": "", "headers": { "Old": "1" } }
---*/
importClass(java.util.HashMap);
function processData(message) {
  var map = new HashMap();
  map.put("A", "1");
  map.put("B", "2");
  message.setHeaders(map);
  message.setBody("headers: " + message.getHeaders().size());
  return message;
}
