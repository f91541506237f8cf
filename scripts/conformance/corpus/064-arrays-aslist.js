/*---
{ "title": "java.util.Arrays.asList and Collections.sort", "body": "" }
---*/
function processData(message) {
  var l = new java.util.ArrayList(java.util.Arrays.asList("pear", "apple", "fig"));
  java.util.Collections.sort(l);
  message.setBody(l.toString() + " " + l.size());
  return message;
}
