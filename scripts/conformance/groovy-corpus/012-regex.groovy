/*---
{ "title": "=~ and ==~ with groups", "body": "Order 4711 for customer C-0815 on 2024-03-01" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def text = message.getBody(String)
    def m = text =~ /(\d{4})-(\d{2})-(\d{2})/
    def date = m ? m[0][3] + '.' + m[0][2] + '.' + m[0][1] : 'none'
    def isOrder = text ==~ /Order \d+.*/
    def customer = (text =~ /C-\d+/)[0]
    message.setHeader('date', date)
    message.setHeader('isOrder', isOrder.toString())
    message.setHeader('customer', customer)
    return message
}
