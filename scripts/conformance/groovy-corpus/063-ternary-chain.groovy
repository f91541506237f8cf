/*---
{ "title": "nested ternaries and Groovy truth on strings", "body": "", "headers": { "status": "" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def s = message.getHeaders().get('status')
    def label = s ? (s == 'ok' ? 'fine' : 'bad') : 'empty'
    message.setHeader('label', label)
    return message
}
