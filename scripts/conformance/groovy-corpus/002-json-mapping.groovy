/*---
{ "title": "JsonSlurper mapping to a new JSON body with JsonOutput", "body": "{\"order\":{\"id\":\"4711\",\"items\":[{\"sku\":\"A1\",\"qty\":2,\"price\":9.5},{\"sku\":\"B2\",\"qty\":1,\"price\":20}]}}", "headers": { "Content-Type": "application/json" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper
import groovy.json.JsonOutput

def Message processData(Message message) {
    def body = message.getBody(String)
    def json = new JsonSlurper().parseText(body)
    def lines = json.order.items.collect { item ->
        [sku: item.sku, quantity: item.qty, total: item.qty * item.price]
    }
    def out = [orderId: json.order.id, lineCount: lines.size(), lines: lines, sum: lines.sum { it.total }]
    message.setBody(JsonOutput.toJson(out))
    message.setHeader("Content-Type", "application/json")
    return message
}
