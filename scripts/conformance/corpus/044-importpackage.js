/*---
{ "title": "importPackage(java.util)", "body": "" }
---*/
importPackage(java.util);
function processData(message) {
  var l = new ArrayList();
  l.add("x");
  var m = new HashMap();
  m.put("k", l.size());
  message.setBody("size " + m.get("k"));
  return message;
}
