/*---
{ "title": "eachWithIndex and for loops", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def names = ['x', 'y', 'z']
    def out = []
    names.eachWithIndex { n, i -> out << "${i}:${n}" }
    for (int i = 0; i < names.size(); i++) {
        out << names[i].toUpperCase()
    }
    for (n in names) {
        out << n * 2
    }
    for (String n : names.reverse()) {
        out << n
    }
    message.setBody(out.join(','))
    return message
}
