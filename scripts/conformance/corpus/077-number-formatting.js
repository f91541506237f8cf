/*---
{ "title": "number to string conversions", "body": "" }
---*/
function processData(message) {
  message.setBody([0.1 + 0.2, 1e21, 100, (255).toString(16), (1234.5678).toFixed(1), parseFloat("1.50")].join(" "));
  return message;
}
