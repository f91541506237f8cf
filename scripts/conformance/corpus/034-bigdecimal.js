/*---
{ "title": "java.math.BigDecimal add/multiply/setScale", "body": "19.99", "headers": { "qty": "3" } }
---*/
importClass(java.math.BigDecimal);
function processData(message) {
  var price = new BigDecimal(message.getBody(java.lang.String));
  var qty = new BigDecimal(message.getHeader("qty", java.lang.String));
  var total = price.multiply(qty).add(new BigDecimal("0.015"));
  message.setBody(total.setScale(2, java.math.RoundingMode.HALF_UP).toString());
  return message;
}
