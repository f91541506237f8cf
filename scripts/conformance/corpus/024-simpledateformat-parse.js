/*---
{ "title": "SimpleDateFormat.parse and reformat", "body": "24.12.2023 18:30" }
---*/
function processData(message) {
  var inF = new java.text.SimpleDateFormat("dd.MM.yyyy HH:mm");
  var outF = new java.text.SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
  var d = inF.parse(message.getBody(java.lang.String));
  message.setBody(outF.format(d));
  message.setHeader("epoch", String(d.getTime()));
  return message;
}
