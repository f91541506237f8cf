/*---
{ "title": "while, break, continue", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def i = 0
    def out = []
    while (true) {
        i++
        if (i % 2 == 0) continue
        if (i > 9) break
        out << i
    }
    message.setBody(out.join(','))
    return message
}
