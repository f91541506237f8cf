/*---
{ "title": "threads: java.lang.Thread", "body": "", "expect": "refused", "refusedApi": "java.lang.Thread" }
---*/
function processData(message) {
  java.lang.Thread.sleep(10);
  return message;
}
