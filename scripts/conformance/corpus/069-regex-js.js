/*---
{ "title": "JavaScript regular expressions on a Java string", "body": "Order 4711 shipped on 2024-03-01" }
---*/
function processData(message) {
  var s = String(message.getBody(java.lang.String));
  var m = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  message.setBody(m[3] + "." + m[2] + "." + m[1] + " " + s.replace(/\d+/, "#"));
  return message;
}
