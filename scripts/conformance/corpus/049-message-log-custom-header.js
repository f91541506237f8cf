/*---
{ "title": "messageLogFactory: addCustomHeaderProperty", "body": "", "headers": { "OrderNumber": "A-17" } }
---*/
function processData(message) {
  var log = messageLogFactory.getMessageLog(message);
  log.addCustomHeaderProperty("OrderNumber", message.getHeader("OrderNumber", java.lang.String));
  return message;
}
