/*---
{ "title": "Builder DSLs with quoted element names, command arguments that are expressions, mkp.xmlDeclaration", "body": "<order-header><po-number>PO-100</po-number><lines><line><num>1</num><qty>2</qty><price>9.50</price></line><line><num>2</num><qty>1</qty><price>20.00</price></line></lines></order-header>", "properties": { "status": "53", "s4Type": "PORDCR1" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.xml.MarkupBuilder
import groovy.json.JsonBuilder

def Message processData(Message message) {
    def input = new XmlSlurper().parse(message.getBody(Reader))
    def types = ['PORDCR1': 'PO-Create', 'PORDCH': 'PO-Change']
    def writer = new StringWriter()
    def xml = new MarkupBuilder(writer)
    xml.mkp.xmlDeclaration(version: '1.0', encoding: 'UTF-8', standalone: 'no')
    xml.'integration-history-record' {
        'document-type' 'OrderHeader'
        'document-id' input.'po-number'.text()
        'status' message.getProperty('status') == '53' ? 'Success' : 'Failed'
        'summary' types[message.getProperty('s4Type')] + ': ' + input.lines.line.size() + ' lines'
        'lines' {
            input.lines.line.each { l ->
                'line'(number: l.num.text()) {
                    'amount' new BigDecimal(l.qty.text()) * new BigDecimal(l.price.text())
                }
            }
        }
    }
    def json = new JsonBuilder()
    json.Order {
        'Header' {
            'ID' input.'po-number'.text()
            'Lines' input.lines.line.size()
        }
        'Items' input.lines.line.collect { l -> ['No': l.num.text().padLeft(3, '0'), 'Qty': l.qty.toInteger()] }
    }
    message.setProperty('json', json.toString())
    message.setBody(writer.toString())
    return message
}
