/*---
{ "title": "nested arrays and maps from JSON, flatten with *.", "body": "{\"orders\":[{\"lines\":[{\"sku\":\"a\"},{\"sku\":\"b\"}]},{\"lines\":[{\"sku\":\"c\"}]}]}" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper

def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    def skus = json.orders*.lines.flatten()*.sku
    message.setBody(skus.join(','))
    message.setHeader('orders', json.orders.size().toString())
    return message
}
