/*---
{ "title": "build a JSON response from headers and properties", "body": "", "headers": { "CamelHttpMethod": "POST" }, "properties": { "SAP_MessageProcessingLogID": "AGV-123" } }
---*/
function processData(message) {
  var resp = {
    method: String(message.getHeader("CamelHttpMethod", java.lang.String)),
    mpl: String(message.getProperty("SAP_MessageProcessingLogID")),
    ok: true,
    items: []
  };
  message.setBody(JSON.stringify(resp, null, 2));
  message.setHeader("Content-Type", "application/json");
  return message;
}
