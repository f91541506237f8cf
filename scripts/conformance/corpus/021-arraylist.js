/*---
{ "title": "java.util.ArrayList add/get/size/contains/remove", "body": "" }
---*/
function processData(message) {
  var l = new java.util.ArrayList();
  l.add("a");
  l.add("b");
  l.add("c");
  l.remove("b");
  message.setBody(l.size() + " " + l.get(1) + " " + l.contains("a") + " " + l.indexOf("c") + " " + l);
  return message;
}
