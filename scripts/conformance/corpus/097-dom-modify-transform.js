/*---
{ "title": "javax.xml DOM: change an element, add one, serialize with a Transformer", "body": "<order><id>7</id><status>new</status></order>" }
---*/
importClass(javax.xml.parsers.DocumentBuilderFactory);
importClass(javax.xml.transform.TransformerFactory);
importClass(javax.xml.transform.OutputKeys);
importClass(javax.xml.transform.dom.DOMSource);
importClass(javax.xml.transform.stream.StreamResult);
importClass(java.io.StringWriter);
function processData(message) {
  var is = message.getBody(java.io.InputStream);
  var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(is);
  var status = doc.getElementsByTagName("status").item(0);
  status.setTextContent("checked");
  var note = doc.createElement("note");
  note.setAttribute("by", "script");
  note.appendChild(doc.createTextNode("ok"));
  doc.getDocumentElement().appendChild(note);
  var t = TransformerFactory.newInstance().newTransformer();
  t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
  var w = new StringWriter();
  t.transform(new DOMSource(doc), new StreamResult(w));
  message.setBody(w.toString());
  message.setHeader("root", doc.getDocumentElement().getNodeName());
  return message;
}
