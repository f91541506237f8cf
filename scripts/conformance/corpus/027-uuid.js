/*---
{ "title": "java.util.UUID.randomUUID (shape only)", "body": "" }
---*/
function processData(message) {
  var id = java.util.UUID.randomUUID().toString();
  var ok = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id);
  message.setBody("uuid ok: " + ok + ", length " + id.length());
  return message;
}
