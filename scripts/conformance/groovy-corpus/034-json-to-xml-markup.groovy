/*---
{ "title": "JSON to XML with MarkupBuilder and each", "body": "{\"items\":[{\"id\":\"1\",\"qty\":3},{\"id\":\"2\",\"qty\":4}]}" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper
import groovy.xml.MarkupBuilder

def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    def writer = new StringWriter()
    def builder = new MarkupBuilder(writer)
    builder.Items() {
        json.items.each { i ->
            Item(id: i.id) {
                Quantity(i.qty)
            }
        }
    }
    message.setBody(writer.toString())
    return message
}
