/*---
{ "title": "metaprogramming is refused", "body": "", "expect": "refused", "refusedApi": "metaClass" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    String.metaClass.shout = { -> delegate.toUpperCase() }
    return message
}
