/*---
{ "title": "copy properties into headers with a prefix", "body": "", "properties": { "p1": "a", "p2": "b" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    message.getProperties().each { k, v ->
        if (k.startsWith('p')) message.setHeader('X-' + k, v)
    }
    return message
}
