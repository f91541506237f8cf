/*---
{ "title": "headers and properties as maps", "body": "x", "headers": { "SAP_Sender": "S4", "Content-Type": "text/plain" }, "properties": { "mode": "test" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message

def Message processData(Message message) {
    def headers = message.getHeaders()
    def props = message.getProperties()
    def sender = headers.get("SAP_Sender")
    message.setHeader("X-Sender", sender)
    message.setHeader("X-Mode", props.get("mode"))
    message.setProperty("headerCount", headers.size())
    message.setProperty("hasType", headers.containsKey("Content-Type"))
    return message
}
