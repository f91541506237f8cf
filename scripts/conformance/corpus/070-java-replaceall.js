/*---
{ "title": "Java replaceAll with a regex and group reference", "body": "2024-03-01" }
---*/
function processData(message) {
  var s = message.getBody(java.lang.String);
  message.setBody(s.replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3.$2.$1"));
  return message;
}
