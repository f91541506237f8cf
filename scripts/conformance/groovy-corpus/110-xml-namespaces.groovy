/*---
{"title": "XmlSlurper namespaces: local names, declareNamespace prefixes, namespaced attributes, a parser that is not namespace-aware", "body": "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns=\"urn:orders\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soap:Header><ns:Trace id=\"t-9\"/></soap:Header><soap:Body><ns:Order id=\"1\" xsi:type=\"ns:Big\"><ns:Item sku=\"a\">2</ns:Item><Item sku=\"b\">5</Item><other:Item xmlns:other=\"urn:other\" sku=\"c\">7</other:Item></ns:Order></soap:Body></soap:Envelope>"}
---*/
import com.sap.gateway.ip.core.customdev.util.Message

def Message processData(Message message) {
    def text = message.getBody(String)
    def env = new XmlSlurper().parseText(text)
    def out = []
    // Without declared prefixes: local names match in every namespace, prefixed names nothing.
    out << "local ${env.Body.Order.Item.size()} prefixed ${env.'soap:Body'.size()}"
    out << "names ${env.name()} ${env.Body.Order.name()} ${env.Body.Order.Item*.@sku}"
    out << "attr ${env.Body.Order.@type}|${env.Body.Order.'@xsi:type'}|${env.Body.Order[0].attributes()}"
    env.declareNamespace(s: 'http://schemas.xmlsoap.org/soap/envelope/', o: 'urn:orders', x: 'http://www.w3.org/2001/XMLSchema-instance')
    out << "declared ${env.'s:Body'.'o:Order'.'o:Item'.text()} ${env.'s:Header'.'o:Trace'.@id} ${env.Body.Order.'x:Item'.size()}"
    out << "typed ${env.'s:Body'.'o:Order'.@'x:type'}"
    out << "uris ${env.Body.Order.Item.collect { it.namespaceURI() }}"
    out << "sum ${env.'**'.findAll { it.name() == 'Item' }.sum { it.text().toInteger() }}"
    def plain = new XmlSlurper(false, false).parseText(text)
    out << "qualified ${plain.name()} ${plain.'soap:Body'.'ns:Order'.'ns:Item'.text()} ${plain.Body.size()} ${plain.'soap:Body'.'ns:Order'.'@xsi:type'}"
    out << "qualified attrs ${plain.'soap:Body'.'ns:Order'[0].attributes()} ${plain[0].attributes().size()}"
    message.setBody(out.join('\n'))
    return message
}
