/*---
{ "title": "running processes is refused", "body": "", "expect": "refused", "refusedApi": "execute" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    message.setBody('ls'.execute().text)
    return message
}
