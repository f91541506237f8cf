/*---
{ "title": "JsonBuilder from a map and toPrettyString", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonBuilder

def Message processData(Message message) {
    def data = [id: 1, name: 'Widget', tags: ['a', 'b'], price: 12.50, active: true, note: null]
    def builder = new JsonBuilder(data)
    message.setBody(builder.toString())
    message.setHeader('pretty', builder.toPrettyString())
    return message
}
