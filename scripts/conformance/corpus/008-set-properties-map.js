/*---
{ "title": "setProperties replaces all properties", "body": "", "properties": { "keep": "no" } }
---*/
function processData(message) {
  var map = new java.util.HashMap();
  map.put("p1", "v1");
  message.setProperties(map);
  message.setBody(String(message.getProperty("keep")) + "," + message.getProperty("p1"));
  return message;
}
