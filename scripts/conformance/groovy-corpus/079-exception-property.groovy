/*---
{ "title": "build an error text from a caught exception", "body": "x" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    try {
        def n = 'abc' as Integer
    } catch (Exception e) {
        message.setProperty('error', e.getClass().getSimpleName() + ': ' + e.getMessage())
    }
    return message
}
