/*---
{ "title": "list literals and GDK methods", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def nums = [5, 3, 8, 1, 9, 2]
    def out = []
    out << nums.findAll { it > 4 }.join(',')
    out << nums.collect { it * 10 }.sum()
    out << nums.find { it % 2 == 0 }
    out << nums.any { it > 8 }
    out << nums.every { it > 0 }
    out << nums.sort(false).join('-')
    out << nums.max() + ':' + nums.min()
    out << nums.inject(0) { acc, n -> acc + n }
    out << nums.size()
    out << nums.reverse().first()
    message.setBody(out.join(' | '))
    return message
}
