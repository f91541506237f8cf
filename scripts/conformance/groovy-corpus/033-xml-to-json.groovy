/*---
{ "title": "XML to JSON mapping", "body": "<Customers><Customer><Id>1</Id><Name>A</Name></Customer><Customer><Id>2</Id><Name>B</Name></Customer></Customers>" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonOutput

def Message processData(Message message) {
    def root = new XmlSlurper().parseText(message.getBody(String))
    def list = root.Customer.collect { c -> [id: c.Id.text() as Integer, name: c.Name.text()] }
    message.setBody(JsonOutput.toJson([customers: list, count: root.Customer.size()]))
    message.setHeader('Content-Type', 'application/json')
    return message
}
