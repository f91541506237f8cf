/*---
{ "title": "add, remove, addAll, subList, indexOf, contains", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def l = ['a', 'b', 'c']
    l.add('d')
    l.remove('b')
    l.addAll(['e', 'f'])
    l << 'g'
    def out = [l.join(''), l.indexOf('e'), l.contains('z'), l.subList(1, 3).join(''), l.first(), l.last(), l.take(2).join(''), l.isEmpty()]
    message.setBody(out.join(','))
    return message
}
