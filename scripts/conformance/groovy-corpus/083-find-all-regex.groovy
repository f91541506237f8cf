/*---
{ "title": "findAll matches in a string", "body": "ids: A-1, B-22, C-333" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def ids = message.getBody(String).findAll(/[A-Z]-\d+/)
    message.setBody(ids.join(';'))
    message.setHeader('count', ids.size().toString())
    return message
}
