/*---
{ "title": "MarkupBuilder from a map of fields", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.xml.MarkupBuilder

def Message processData(Message message) {
    def fields = [FirstName: 'Ada', LastName: 'Lovelace', City: 'London']
    def writer = new StringWriter()
    new MarkupBuilder(writer).Person {
        fields.each { k, v -> "$k"(v) }
    }
    message.setBody(writer.toString())
    return message
}
