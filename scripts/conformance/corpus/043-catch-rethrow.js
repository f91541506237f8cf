/*---
{ "title": "catch an Error, set a property, rethrow", "body": "" }
---*/
function processData(message) {
  try {
    null.x;
  } catch (e) {
    message.setProperty("errorName", e.name);
    throw new Error("wrapped: " + e.name);
  }
  return message;
}
