/*---
{ "title": "importClass(java.util.HashMap), put/get/containsKey/size", "body": "" }
---*/
importClass(java.util.HashMap);
function processData(message) {
  var m = new HashMap();
  m.put("x", "1");
  m.put("y", "2");
  m.put("x", "3");
  message.setBody(m.get("x") + "," + m.size() + "," + m.containsKey("y") + "," + m.get("z"));
  return message;
}
