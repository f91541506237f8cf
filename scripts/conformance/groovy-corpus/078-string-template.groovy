/*---
{ "title": "a text built from a template with GStrings", "body": "", "headers": { "customer": "ACME", "orderId": "77" }, "properties": { "total": "99.90" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def h = message.getHeaders()
    def total = message.getProperty('total')
    def text = """Dear ${h.get('customer')},
your order ${h.get('orderId')} over ${total} EUR was received.
"""
    message.setBody(text)
    return message
}
