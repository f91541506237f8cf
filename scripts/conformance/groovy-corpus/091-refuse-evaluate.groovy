/*---
{ "title": "evaluate is refused before running", "body": "", "expect": "refused", "refusedApi": "evaluate" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    message.setBody(evaluate('1 + 1').toString())
    return message
}
