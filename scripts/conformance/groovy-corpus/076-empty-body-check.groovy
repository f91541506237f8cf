/*---
{ "title": "reject an empty body with a clear exception", "body": "   " }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def body = message.getBody(String)
    if (body == null || body.trim().isEmpty()) {
        throw new IllegalStateException('Payload is empty')
    }
    return message
}
