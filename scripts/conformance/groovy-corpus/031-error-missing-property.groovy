/*---
{ "title": "an error a script does not catch: NPE on null", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def x = null
    message.setBody(x.toUpperCase())
    return message
}
