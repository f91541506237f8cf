/*---
{ "title": "message log properties and custom header property", "body": "p" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def log = messageLogFactory.getMessageLog(message)
    log.setStringProperty('step', 'mapping')
    log.addCustomHeaderProperty('orderId', '4711')
    log.addAttachmentAsString('payload', message.getBody(String), 'text/plain')
    return message
}
