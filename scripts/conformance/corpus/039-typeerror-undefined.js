/*---
{ "title": "TypeError reading a property of undefined", "body": "{}" }
---*/
function processData(message) {
  var o = JSON.parse(message.getBody(java.lang.String));
  message.setBody(o.customer.name);
  return message;
}
