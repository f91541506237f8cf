/*---
{ "title": "iterate headers and copy some into properties", "body": "", "headers": { "X-A": "1", "X-B": "2", "Other": "3" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def copied = []
    message.getHeaders().each { k, v ->
        if (k.startsWith('X-')) {
            message.setProperty('p_' + k, v)
            copied << k
        }
    }
    message.setBody(copied.sort().join(','))
    return message
}
