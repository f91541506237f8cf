/*---
{ "title": "setHeaders/getHeaders().put and remove", "body": "", "headers": { "a": "1", "b": "2" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def h = message.getHeaders()
    h.put('c', '3')
    h.remove('a')
    message.setHeader('count', h.size().toString())
    return message
}
