/*---
{ "title": "messageLogFactory: setStringProperty", "body": "payload" }
---*/
function processData(message) {
  var log = messageLogFactory.getMessageLog(message);
  if (log != null) {
    log.setStringProperty("Logging", "Printing payload as attachment");
    log.setStringProperty("OrderId", "4711");
  }
  return message;
}
