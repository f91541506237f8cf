/*---
{ "title": "SimpleDateFormat with UTC", "body": "" }
---*/
function processData(message) {
  var f = new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS");
  f.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
  message.setBody(f.format(new java.util.Date(1700000000123)));
  return message;
}
