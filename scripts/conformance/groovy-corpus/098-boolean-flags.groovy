/*---
{ "title": "boolean properties and toBoolean", "body": "", "properties": { "debug": "true", "dry": "no" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def debug = message.getProperty('debug').toBoolean()
    def dry = message.getProperty('dry').toBoolean()
    message.setHeader('flags', "${debug}/${dry}/${!debug}")
    return message
}
