/*---
{ "title": "MarkupBuilder with parenthesised calls", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.xml.MarkupBuilder

def Message processData(Message message) {
    def writer = new StringWriter()
    def xml = new MarkupBuilder(writer)
    xml.Order(id: '1') {
        Customer('ACME')
        Items() {
            Item(sku: 'A', '2')
            Item(sku: 'B', '5')
        }
    }
    message.setBody(writer.toString())
    return message
}
