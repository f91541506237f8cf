/*---
{ "title": "sort a list of maps by two keys", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def rows = [[a: 2, b: 'x'], [a: 1, b: 'z'], [a: 2, b: 'a'], [a: 1, b: 'b']]
    def sorted = rows.sort { x, y -> x.a <=> y.a ?: x.b <=> y.b }
    message.setBody(sorted.collect { "${it.a}${it.b}" }.join(','))
    return message
}
