/*---
{ "title": "a named Script Function", "body": "in", "functionName": "transform" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message transform(Message message) {
    message.setBody(message.getBody(String).toUpperCase() + '!')
    message.setHeader('fn', 'transform')
    return message
}
