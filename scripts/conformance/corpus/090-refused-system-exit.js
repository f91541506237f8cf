/*---
{ "title": "java.lang.System.exit", "body": "", "expect": "refused", "refusedApi": "System.exit" }
---*/
function processData(message) {
  java.lang.System.exit(0);
  return message;
}
