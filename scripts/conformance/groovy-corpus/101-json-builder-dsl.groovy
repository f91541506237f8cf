/*---
{ "title": "JsonBuilder DSL: builder { … } and builder.root { … }", "body": "{\"id\":\"7\",\"items\":[{\"sku\":\"a\",\"qty\":1},{\"sku\":\"b\",\"qty\":4}]}" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonBuilder
import groovy.json.JsonSlurper

def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    def builder = new JsonBuilder()
    builder {
        orderId json.id
        count json.items.size()
        lines json.items.collect { [sku: it.sku, quantity: it.qty] }
        meta {
            source 'CPI'
            version 2
        }
    }
    def second = new JsonBuilder()
    second.Order {
        Id json.id
        Total json.items.sum { it.qty }
    }
    message.setBody(builder.toString())
    message.setHeader('second', second.toString())
    return message
}
