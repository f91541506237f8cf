/*---
{ "title": "Groovy == on strings, numbers, lists, maps; truthiness", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def out = []
    out << ('abc' == 'a' + 'bc')
    out << (1 == 1.0)
    out << ([1, 2] == [1, 2])
    out << ([a: 1] == [a: 1])
    out << (null == null)
    out << ('' ? 'truthy' : 'falsy')
    out << ([] ? 'truthy' : 'falsy')
    out << (0 ? 'truthy' : 'falsy')
    out << ('x' ? 'truthy' : 'falsy')
    out << ([:] ? 'truthy' : 'falsy')
    message.setBody(out.join(','))
    return message
}
