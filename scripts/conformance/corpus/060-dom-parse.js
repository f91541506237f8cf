/*---
{ "title": "javax.xml DOM: parse the body, read elements", "body": "<orders><order id=\"1\"><amount>10</amount></order><order id=\"2\"><amount>5</amount></order></orders>" }
---*/
importClass(javax.xml.parsers.DocumentBuilderFactory);
importClass(java.io.ByteArrayInputStream);
function processData(message) {
  var body = message.getBody(java.lang.String);
  var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes("UTF-8")));
  var orders = doc.getElementsByTagName("order");
  var sum = 0;
  for (var i = 0; i < orders.getLength(); i++) {
    var o = orders.item(i);
    sum += Number(o.getElementsByTagName("amount").item(0).getTextContent());
  }
  message.setBody("orders " + orders.getLength() + " total " + sum + " first id " + orders.item(0).getAttribute("id"));
  return message;
}
