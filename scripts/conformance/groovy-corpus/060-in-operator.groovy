/*---
{ "title": "in and !in on lists, maps, ranges", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def codes = ['A', 'B']
    def m = [k: 1]
    def out = ['A' in codes, 'C' in codes, 'k' in m, 5 in 1..10, !('B' in codes)]
    message.setBody(out.join(','))
    return message
}
