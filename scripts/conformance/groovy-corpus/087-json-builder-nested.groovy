/*---
{ "title": "JsonBuilder with nested content and call()", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonBuilder

def Message processData(Message message) {
    def b = new JsonBuilder()
    b([order: [id: 5, lines: [[sku: 'a'], [sku: 'b']]], ok: true])
    message.setBody(b.toString())
    return message
}
