/*---
{ "title": "try/catch/finally with a NumberFormatException", "body": "abc" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def body = message.getBody(String)
    def steps = []
    try {
        steps << 'try'
        def n = Integer.parseInt(body)
        steps << n
    } catch (NumberFormatException e) {
        steps << 'caught: ' + e.getMessage()
    } finally {
        steps << 'finally'
    }
    message.setBody(steps.join(';'))
    return message
}
