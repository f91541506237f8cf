/*---
{ "title": "getAttachments on a message without attachments", "body": "b" }
---*/
function processData(message) {
  var atts = message.getAttachments();
  message.setBody("attachments: " + atts.size() + ", empty: " + atts.isEmpty());
  return message;
}
