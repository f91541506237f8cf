/*---
{ "title": "JSON body parsed, changed, written back", "body": "{\"order\":{\"id\":1,\"items\":[{\"sku\":\"A\",\"qty\":2},{\"sku\":\"B\",\"qty\":1}]}}" }
---*/
function processData(message) {
  var data = JSON.parse(message.getBody(java.lang.String));
  var total = 0;
  data.order.items.forEach(function (i) { total += i.qty; });
  data.order.total = total;
  data.order.status = "checked";
  message.setBody(JSON.stringify(data));
  return message;
}
