/*---
{ "title": "threads are refused", "body": "", "expect": "refused", "refusedApi": "threads" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    Thread.start { println 'x' }
    return message
}
