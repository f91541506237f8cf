/*---
{ "title": "messageLogFactory: addAttachmentAsString with the body", "body": "<Order><Id>1</Id></Order>" }
---*/
function processData(message) {
  var body = message.getBody(java.lang.String);
  var messageLog = messageLogFactory.getMessageLog(message);
  if (messageLog != null) {
    messageLog.addAttachmentAsString("Payload", body, "text/xml");
  }
  return message;
}
