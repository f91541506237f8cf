/*---
{ "title": "set a routing property from the body", "body": "{\"country\":\"DE\",\"amount\":1200}" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper

def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    def route
    if (json.country in ['DE', 'AT', 'CH']) {
        route = json.amount > 1000 ? 'DACH_LARGE' : 'DACH'
    } else {
        route = 'REST'
    }
    message.setProperty('route', route)
    return message
}
