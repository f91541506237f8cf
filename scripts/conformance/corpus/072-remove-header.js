/*---
{ "title": "remove a header through getHeaders().remove", "body": "", "headers": { "Authorization": "Basic abc", "Keep": "1" } }
---*/
function processData(message) {
  message.getHeaders().remove("Authorization");
  message.setBody("left: " + message.getHeaders().size());
  return message;
}
