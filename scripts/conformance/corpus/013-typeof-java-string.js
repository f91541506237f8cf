/*---
{ "title": "typeof and == / === on Java strings", "body": "abc" }
---*/
function processData(message) {
  var s = message.getBody(java.lang.String);
  var j = new java.lang.String("abc");
  message.setBody([typeof s, typeof j, s == "abc", s === "abc", j == "abc", j.equals("abc"), typeof String(j)].join(","));
  return message;
}
