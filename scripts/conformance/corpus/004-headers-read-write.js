/*---
{ "title": "getHeaders().get, setHeader, getHeader(name, String)", "body": "x", "headers": { "Content-Type": "application/json", "SAP_Sender": "S4" } }
---*/
function processData(message) {
  var headers = message.getHeaders();
  var ct = headers.get("Content-Type");
  message.setHeader("X-Original-Type", ct);
  message.setHeader("X-Sender", message.getHeader("SAP_Sender", java.lang.String));
  message.setHeader("X-Count", "" + headers.size());
  return message;
}
