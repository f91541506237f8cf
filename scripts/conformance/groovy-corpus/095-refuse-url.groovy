/*---
{ "title": "network IO is refused", "body": "", "expect": "refused", "refusedApi": "network IO" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    message.setBody(new URL('http://example.com').text)
    return message
}
