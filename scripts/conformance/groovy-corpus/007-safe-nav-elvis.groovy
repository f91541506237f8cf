/*---
{ "title": "?. and ?: on missing values", "body": "{\"customer\":{\"name\":\"ACME\"}}" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper

def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    def name = json.customer?.name ?: 'unknown'
    def city = json.customer?.address?.city ?: 'no city'
    def missing = json.supplier?.name
    message.setHeader('name', name)
    message.setHeader('city', city)
    message.setHeader('missing', String.valueOf(missing))
    return message
}
