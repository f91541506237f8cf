/*---
{ "title": "Packages.java.util.ArrayList", "body": "" }
---*/
function processData(message) {
  var l = new Packages.java.util.ArrayList();
  l.add("one");
  message.setBody("Packages: " + l.size() + " " + l.get(0));
  return message;
}
