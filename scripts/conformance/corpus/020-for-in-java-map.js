/*---
{ "title": "for (k in javaMap) enumerates Java members, not keys", "body": "" }
---*/
function processData(message) {
  var m = new java.util.HashMap();
  m.put("key1", "v");
  var found = false, count = 0;
  for (var k in m) { count++; if (k === "key1") found = true; }
  message.setBody("key found by for-in: " + found + ", some members: " + (count > 5));
  return message;
}
