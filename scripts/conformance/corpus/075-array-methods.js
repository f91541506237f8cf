/*---
{ "title": "ES5 array methods: filter/map/reduce/some/every", "body": "[5,12,8,130,44]" }
---*/
function processData(message) {
  var a = JSON.parse(message.getBody(java.lang.String));
  var big = a.filter(function (x) { return x > 10; });
  var sum = a.reduce(function (s, x) { return s + x; }, 0);
  message.setBody(big.join(",") + " sum " + sum + " some " + a.some(function (x) { return x > 100; }));
  return message;
}
