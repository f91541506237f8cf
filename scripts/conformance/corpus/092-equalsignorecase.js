/*---
{ "title": "equalsIgnoreCase, isEmpty, contains on Java strings", "body": "YES please" }
---*/
function processData(message) {
  var s = message.getBody(java.lang.String);
  var first = new java.lang.String(s.split(" ")[0]);
  message.setBody([first.equalsIgnoreCase("yes"), s.isEmpty(), s.contains("please"), s.length()].join(","));
  return message;
}
