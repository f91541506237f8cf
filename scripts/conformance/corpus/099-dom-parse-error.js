/*---
{ "title": "javax.xml DOM: a malformed body fails with SAXParseException", "body": "<a><b></a>" }
---*/
importClass(javax.xml.parsers.DocumentBuilderFactory);
function processData(message) {
  var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(message.getBody(java.io.InputStream));
  message.setBody(doc.getDocumentElement().getNodeName());
  return message;
}
