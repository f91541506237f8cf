/*---
{ "title": "String.format and sprintf-like output", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def a = String.format('%05d', 42)
    def b = String.format('%-6s|', 'ab')
    def c = String.format('%.2f', 3.14159)
    def d = String.format('%s has %d items', 'cart', 3)
    message.setBody([a, b, c, d].join(';'))
    return message
}
