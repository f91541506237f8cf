/*---
{ "title": "format in another time zone (GMT+02:00)", "body": "" }
---*/
function processData(message) {
  var f = new java.text.SimpleDateFormat("yyyy-MM-dd HH:mm Z");
  f.setTimeZone(java.util.TimeZone.getTimeZone("GMT+02:00"));
  message.setBody(f.format(new java.util.Date(0)));
  return message;
}
