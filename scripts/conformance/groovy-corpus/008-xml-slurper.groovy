/*---
{ "title": "XmlSlurper GPath over an order", "body": "<Order id=\"42\"><Customer>ACME</Customer><Items><Item sku=\"A\"><Qty>2</Qty></Item><Item sku=\"B\"><Qty>5</Qty></Item></Items></Order>" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def body = message.getBody(java.lang.String) as String
    def order = new XmlSlurper().parseText(body)
    def skus = order.Items.Item.collect { it.@sku.text() }
    def qty = order.Items.Item.Qty.collect { it.text().toInteger() }.sum()
    message.setHeader('orderId', order.@id.text())
    message.setHeader('customer', order.Customer.text())
    message.setBody(skus.join(',') + '=' + qty)
    return message
}
