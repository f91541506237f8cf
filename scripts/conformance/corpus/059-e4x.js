/*---
{ "title": "E4X: new XML(body), child access", "body": "<order><id>42</id><customer><name>ACME</name></customer></order>" }
---*/
function processData(message) {
  var xml = new XML(message.getBody(java.lang.String));
  message.setBody("id " + xml.id + " for " + xml.customer.name);
  return message;
}
