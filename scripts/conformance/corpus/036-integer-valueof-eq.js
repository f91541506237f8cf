/*---
{ "title": "typeof and == on a java.lang.Integer", "body": "" }
---*/
function processData(message) {
  var n = java.lang.Integer.valueOf(42);
  message.setBody([typeof n, n == 42, n + 1].join(","));
  return message;
}
