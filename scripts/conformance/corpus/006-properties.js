/*---
{ "title": "getProperty, setProperty, getProperties().put", "body": "", "properties": { "orderId": "4711", "mode": "test" } }
---*/
function processData(message) {
  var id = message.getProperty("orderId");
  message.setProperty("orderIdCopy", id);
  message.getProperties().put("viaMap", "yes");
  message.setProperty("missing", String(message.getProperty("nope")));
  message.setBody("order " + id);
  return message;
}
