/*---
{ "title": "map literals, [:], subscript and property access", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def m = [:]
    m.a = 1
    m['b'] = 2
    m.put('c', 3)
    def n = [x: 'y', z: 10]
    def keys = m.keySet().join(',')
    def total = m.values().sum()
    def s = []
    m.each { k, v -> s << "$k=$v" }
    n.each { entry -> s << entry.key + ':' + entry.value }
    message.setBody("${keys};${total};${s.join('&')};${m.containsKey('a')};${n.z}")
    return message
}
