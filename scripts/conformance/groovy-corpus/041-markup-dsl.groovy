/*---
{ "title": "MarkupBuilder DSL with command calls", "body": "{\"id\":\"9\",\"customer\":\"ACME\",\"items\":[{\"sku\":\"a\",\"qty\":5},{\"sku\":\"b\",\"qty\":7}]}" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.xml.MarkupBuilder
import groovy.json.JsonSlurper

def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    def writer = new StringWriter()
    def xml = new MarkupBuilder(writer)
    xml.Order(id: json.id) {
        Customer json.customer
        json.items.each { i ->
            Item(sku: i.sku, i.qty)
        }
        Empty()
    }
    message.setBody(writer.toString())
    return message
}
