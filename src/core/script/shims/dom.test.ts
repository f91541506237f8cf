import { describe, expect, it } from 'vitest';
import { body, runOn } from '../testing';

describe('javax.xml DOM shim (in the sandbox; same results as Rhino 1.7.14 in the conformance corpus)', () => {
  it('parses the body, reads and changes it with Java getters, serializes it', async () => {
    const r = await runOn(
      body(`var doc = Packages.javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
    .parse(message.getBody(java.io.InputStream));
  var items = doc.getElementsByTagName("item");
  items.item(0).setTextContent("3");
  var w = new java.io.StringWriter();
  var t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
  t.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
  t.transform(new javax.xml.transform.dom.DOMSource(doc), new javax.xml.transform.stream.StreamResult(w));
  message.setHeader("n", String(items.getLength()));
  message.setHeader("sku", items.item(1).getAttribute("sku"));
  message.setBody(w.toString());`),
      { body: '<items><item sku="A">2</item><item sku="B">5</item></items>' },
    );
    expect(r.error).toBeUndefined();
    expect(r.message.body).toBe('<items><item sku="A">3</item><item sku="B">5</item></items>');
    expect(r.message.headers).toMatchObject({ n: '2', sku: 'B' });
  });

  it('a malformed body is a SAXParseException in Xerces wording', async () => {
    const r = await runOn(body(`message.getBody(org.w3c.dom.Document);`), { body: '<a><b></a>' });
    expect(r.error).toMatchObject({
      type: 'org.xml.sax.SAXParseException',
      message: 'The element type "b" must be terminated by the matching end-tag "</b>".',
    });
  });
});
