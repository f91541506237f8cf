/*---
{ "title": "switch with fallthrough and break", "body": "", "headers": { "t": "b" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def out = []
    switch (message.getHeaders().get('t')) {
        case 'a':
            out << 'a'
        case 'b':
            out << 'b'
        case 'c':
            out << 'c'
            break
        default:
            out << 'd'
    }
    message.setBody(out.join(''))
    return message
}
