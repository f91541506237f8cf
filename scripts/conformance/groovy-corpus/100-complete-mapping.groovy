/*---
{ "title": "an end-to-end order mapping: JSON in, XML out, log, headers", "body": "{\"order\":{\"id\":\"SO-1\",\"date\":\"2024-05-01\",\"customer\":{\"id\":\"C9\",\"name\":\"ACME & Co\"},\"items\":[{\"sku\":\"A\",\"qty\":2,\"price\":\"9.99\"},{\"sku\":\"B\",\"qty\":1,\"price\":\"100\"}]}}" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper
import groovy.xml.MarkupBuilder

def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    def order = json.order
    def writer = new StringWriter()
    def xml = new MarkupBuilder(writer)
    def total = 0.0
    xml.SalesOrder(id: order.id) {
        OrderDate(order.date)
        Customer(id: order.customer.id, order.customer.name)
        Items {
            order.items.eachWithIndex { item, i ->
                def lineTotal = item.qty * new BigDecimal(item.price)
                total += lineTotal
                Item(pos: i + 1) {
                    Sku(item.sku)
                    Quantity(item.qty)
                    LineTotal(lineTotal)
                }
            }
        }
    }
    message.setBody(writer.toString())
    message.setHeader('OrderTotal', total.toString())
    def log = messageLogFactory.getMessageLog(message)
    log?.setStringProperty('OrderId', order.id)
    return message
}
