/*---
{ "title": "getBody(org.w3c.dom.Document) and walking child nodes", "body": "<items><item sku=\"A\">2</item><item sku=\"B\">5</item></items>" }
---*/
function processData(message) {
  var doc = message.getBody(org.w3c.dom.Document);
  var items = doc.getDocumentElement().getChildNodes();
  var out = [];
  for (var i = 0; i < items.getLength(); i++) {
    var n = items.item(i);
    if (n.getNodeType() == 1) out.push(n.getAttribute("sku") + "x" + n.getTextContent());
  }
  message.setBody(out.join(","));
  return message;
}
