/*---
{ "title": "map.keySet().toArray() loop (the portable way)", "body": "", "properties": { "p1": "a" } }
---*/
function processData(message) {
  var m = new java.util.LinkedHashMap();
  m.put("one", "1");
  m.put("two", "2");
  var keys = m.keySet().toArray();
  var s = "";
  for (var i = 0; i < keys.length; i++) s += keys[i] + m.get(keys[i]);
  message.setBody(s + "/" + keys.length);
  return message;
}
