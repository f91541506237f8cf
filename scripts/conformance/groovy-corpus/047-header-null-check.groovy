/*---
{ "title": "optional headers with ?: defaults", "body": "", "headers": { "present": "p" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def h = message.getHeaders()
    def a = h.get('present') ?: 'default'
    def b = h.get('absent') ?: 'default'
    def c = message.getHeader('absent', String)
    message.setBody("$a,$b,${c == null}")
    return message
}
