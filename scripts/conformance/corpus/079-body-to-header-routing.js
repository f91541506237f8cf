/*---
{ "title": "routing decision from a JSON field", "body": "{\"type\":\"express\",\"weight\":12}" }
---*/
function processData(message) {
  var o = JSON.parse(message.getBody(java.lang.String));
  var route = o.type === "express" && o.weight < 20 ? "FAST" : "STANDARD";
  message.setProperty("route", route);
  message.setHeader("X-Route", route);
  return message;
}
