/*---
{ "title": "missing header is null, not undefined", "body": "" }
---*/
function processData(message) {
  var h = message.getHeader("NotThere", java.lang.String);
  var p = message.getProperty("NotThere");
  message.setBody([h === null, p === null, typeof h, h == undefined].join(","));
  return message;
}
