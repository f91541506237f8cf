/*---
{ "title": "java.lang.Math and JS Math", "body": "" }
---*/
function processData(message) {
  message.setBody([java.lang.Math.max(3, 7), java.lang.Math.abs(-2), Math.round(2.5), Math.floor(-1.5)].join(" "));
  return message;
}
