/*---
{ "title": "IllegalArgumentException from a validation", "body": "{\"amount\":-5}" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper

def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    if (json.amount < 0) {
        throw new IllegalArgumentException("Amount must not be negative: ${json.amount}")
    }
    return message
}
