/*---
{ "title": "iterating headers with keySet().iterator()", "body": "", "headers": { "b": "2", "A": "1", "c": "3" } }
---*/
function processData(message) {
  var it = message.getHeaders().keySet().iterator();
  var out = [];
  while (it.hasNext()) {
    var k = it.next();
    out.push(k + "=" + message.getHeaders().get(k));
  }
  message.setBody(out.join(";"));
  return message;
}
