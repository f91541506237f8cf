/*---
{ "title": "withIndex, indexed, collate", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def l = ['a', 'b', 'c', 'd', 'e']
    def idx = l.withIndex().collect { v, i -> "$i$v" }
    def batches = l.collate(2).collect { it.join('') }
    message.setBody(idx.join(',') + '|' + batches.join(','))
    return message
}
