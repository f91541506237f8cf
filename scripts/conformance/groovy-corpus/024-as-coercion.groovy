/*---
{ "title": "as coercions and typed locals", "body": "", "headers": { "qty": "7", "price": "2.50" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def h = message.getHeaders()
    int qty = h.get('qty') as Integer
    BigDecimal price = h.get('price') as BigDecimal
    def total = qty * price
    String s = total
    def list = [3, 1, 2] as Set
    message.setHeader('total', s)
    message.setHeader('setSize', list.size().toString())
    message.setHeader('asString', (42 as String) + '!')
    return message
}
