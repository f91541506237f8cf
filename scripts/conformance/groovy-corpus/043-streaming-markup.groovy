/*---
{ "title": "StreamingMarkupBuilder bind", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.xml.StreamingMarkupBuilder

def Message processData(Message message) {
    def builder = new StreamingMarkupBuilder()
    def xml = builder.bind {
        root {
            a 1
            b(x: 'y', 'text')
            c()
        }
    }
    message.setBody(xml.toString())
    return message
}
