/*---
{ "title": "JSON.stringify of a java.util.HashMap", "body": "" }
---*/
function processData(message) {
  var m = new java.util.LinkedHashMap();
  m.put("name", "ACME");
  m.put("active", true);
  message.setBody(JSON.stringify(m));
  return message;
}
