/*---
{ "title": "long arithmetic and toLong", "body": "9876543210" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def n = message.getBody(String).toLong()
    def m = n * 2
    message.setBody(m.toString() + ',' + (n % 1000))
    return message
}
