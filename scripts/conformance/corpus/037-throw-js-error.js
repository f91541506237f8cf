/*---
{ "title": "throw new Error from the script", "body": "" }
---*/
function processData(message) {
  if (message.getBody(java.lang.String) === "") {
    throw new Error("Body must not be empty");
  }
  return message;
}
