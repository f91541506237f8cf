/*---
{ "title": "ranges, step and spread", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def r = 1..5
    def ex = 1..<5
    def out = [r.sum(), ex.size(), r.contains(3), (r*.multiply(2)).join(','), ('a'..'e').join(''), r.collect { it * it }.join(' ')]
    message.setBody(out.join(';'))
    return message
}
