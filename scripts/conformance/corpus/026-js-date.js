/*---
{ "title": "JavaScript Date with TZ=UTC", "body": "" }
---*/
function processData(message) {
  var d = new Date(Date.UTC(2024, 0, 31, 23, 59, 58));
  message.setBody(d.toISOString() + " " + d.getHours() + " " + d.getDate() + " " + d.getDay());
  return message;
}
