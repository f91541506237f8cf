/*---
{ "title": "catching a Java exception: e.message", "body": "abc" }
---*/
function processData(message) {
  try {
    java.lang.Integer.parseInt(message.getBody(java.lang.String));
    message.setBody("parsed");
  } catch (e) {
    message.setBody("failed: " + e.message);
  }
  return message;
}
