/*---
{ "title": "ES6 mode: Map and Set built-ins", "body": "a,b,a,c" }
---*/
function processData(message) {
  var seen = new Set();
  var counts = new Map();
  String(message.getBody(java.lang.String)).split(",").forEach(function (x) {
    seen.add(x);
    counts.set(x, (counts.get(x) || 0) + 1);
  });
  message.setBody(seen.size + " " + counts.get("a"));
  return message;
}
