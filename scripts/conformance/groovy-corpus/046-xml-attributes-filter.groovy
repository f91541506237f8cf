/*---
{ "title": "GPath filter by attribute and sum", "body": "<Items><Item type=\"A\" amount=\"10.5\"/><Item type=\"B\" amount=\"3\"/><Item type=\"A\" amount=\"1.25\"/></Items>" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def items = new XmlSlurper().parseText(message.getBody(String))
    def a = items.Item.findAll { it.@type == 'A' }
    def total = a.collect { it.@amount.text() as BigDecimal }.sum()
    message.setHeader('countA', a.size().toString())
    message.setHeader('totalA', total.toString())
    return message
}
