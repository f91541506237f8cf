/*---
{ "title": "processes: java.lang.Runtime.exec", "body": "", "expect": "refused", "refusedApi": "java.lang.Runtime" }
---*/
function processData(message) {
  java.lang.Runtime.getRuntime().exec("ls");
  return message;
}
