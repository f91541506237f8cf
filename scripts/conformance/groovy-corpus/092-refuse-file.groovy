/*---
{ "title": "file IO is refused", "body": "", "expect": "refused", "refusedApi": "file IO" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    message.setBody(new File('/etc/passwd').text)
    return message
}
