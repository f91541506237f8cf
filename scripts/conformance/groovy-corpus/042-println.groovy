/*---
{ "title": "println writes to the log, not the message", "body": "b" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    println "processing"
    println message.getBody(String)
    message.setHeader('done', 'yes')
    return message
}
