/*---
{ "title": "BigDecimal compareTo/equals and a total with RoundingMode.HALF_EVEN", "body": "[\"10.005\",\"2.50\",\"0.125\"]" }
---*/
importClass(java.math.BigDecimal);
importClass(java.math.RoundingMode);
function processData(message) {
  var total = BigDecimal.ZERO;
  JSON.parse(message.getBody(java.lang.String)).forEach(function (s) { total = total.add(new BigDecimal(s)); });
  var limit = new BigDecimal("12.6");
  message.setBody(total.setScale(2, RoundingMode.HALF_EVEN) + " " + total.compareTo(limit) + " " + new BigDecimal("2.50").equals(new BigDecimal("2.5")));
  return message;
}
