/*---
{ "title": "1.8 mode: importClass(java.util.Map) works", "body": "" }
---*/
// @rhino-version 1.8
importClass(java.util.Map);
importClass(java.util.HashMap);
function processData(message) {
  var m = new HashMap();
  m.put("a", "b");
  message.setBody("typeof Map: " + typeof Map + ", size " + m.size());
  return message;
}
