/*---
{ "title": "replaceAll with regex groups and closures", "body": "2024-01-05 and 2023-12-31" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def s = message.getBody(String)
    def swapped = s.replaceAll(/(\d{4})-(\d{2})-(\d{2})/, '$3.$2.$1')
    def digits = s.replaceAll(/\D/, '')
    message.setBody(swapped + '|' + digits.size())
    return message
}
