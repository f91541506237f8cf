/*---
{ "title": "times, upto, step-like loops", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def out = []
    3.times { out << it }
    1.upto(3) { out << it * 10 }
    5.downto(4) { out << it }
    message.setBody(out.join(','))
    return message
}
