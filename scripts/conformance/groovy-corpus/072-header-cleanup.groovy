/*---
{ "title": "remove technical headers by prefix", "body": "", "headers": { "SAP_A": "1", "SAP_B": "2", "Keep": "k", "CamelHttpUri": "u" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def names = message.getHeaders().keySet().findAll { it.startsWith('SAP_') || it.startsWith('Camel') }
    names.each { message.getHeaders().remove(it) }
    message.setBody(message.getHeaders().keySet().join(','))
    return message
}
