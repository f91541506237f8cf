/*---
{ "title": "MarkupBuilder over an IndentPrinter (one-space indent, or one line), toMapString and toListString", "body": "{\"order\":{\"id\":\"PO-7\",\"lines\":[{\"sku\":\"A\",\"qty\":2},{\"sku\":\"B\",\"qty\":1}]}}" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper
import groovy.xml.MarkupBuilder

def Message processData(Message message) {
    def order = new JsonSlurper().parseText(message.getBody(String)).order
    def pretty = new StringWriter()
    def xml = new MarkupBuilder(new IndentPrinter(pretty, ' '))
    xml.mkp.xmlDeclaration(version: '1.0', encoding: 'UTF-8')
    xml.Order(id: order.id) {
        order.lines.each { l ->
            Line(sku: l.sku) {
                Quantity(l.qty)
            }
        }
    }
    def flat = new StringWriter()
    new MarkupBuilder(new IndentPrinter(flat, '', false)).Order(id: order.id) {
        Count(order.lines.size())
    }
    message.setHeader('flat', flat.toString())
    message.setHeader('asMap', order.toMapString())
    message.setHeader('skus', order.lines*.sku.toListString())
    message.setBody(pretty.toString())
    return message
}
