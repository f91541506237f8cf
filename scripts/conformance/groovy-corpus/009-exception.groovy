/*---
{ "title": "throw new Exception with a message", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def body = message.getBody(String)
    if (!body) {
        throw new Exception("Body is empty")
    }
    return message
}
