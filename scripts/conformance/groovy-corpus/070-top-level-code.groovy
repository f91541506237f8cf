/*---
{ "title": "top-level code and a binding variable used by processData", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
prefix = 'PRE-'

def Message processData(Message message) {
    message.setBody(prefix + 'body')
    return message
}
