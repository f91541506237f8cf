/*---
{ "title": "Changing XML: XmlSlurper replaceNode/appendNode written back with XmlUtil and StreamingMarkupBuilder, XmlParser children().add/remove/appendNode/sort", "body": "<Customers><Customer id=\"C1\"><Name>ACME</Name><Phone></Phone><Contacts><Contact prio=\"2\">Bo</Contact><Contact prio=\"1\">Al</Contact></Contacts></Customer><Customer id=\"C2\"><Name>Globex</Name><Phone>555</Phone><Contacts/></Customer></Customers>", "properties": { "header": "<Header><Sender>S4</Sender></Header>" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.xml.XmlUtil
import groovy.xml.StreamingMarkupBuilder

def Message processData(Message message) {
    String body = message.getBody(String)
    def slurped = new XmlSlurper().parseText(body)
    // Drop empty phone numbers, rename Name to CompanyName, flag every customer.
    slurped.Customer.Phone.findAll { it.text().isEmpty() }*.replaceNode {}
    slurped.Customer.Name.each { n -> n.replaceNode { CompanyName(n.text().toUpperCase()) } }
    slurped.Customer.find { it.@id == 'C2' }.appendNode { Flag(type: 'new', 'yes') }
    message.setProperty('slurped', XmlUtil.serialize(slurped))
    message.setProperty('compact', new StreamingMarkupBuilder().bind { mkp.yield slurped.Customer[0] }.toString())

    def root = new XmlParser().parseText(body)
    def header = new XmlParser().parseText(message.getProperty('header'))
    root.children().add(0, header)
    root.Customer.each { c ->
        def phone = c.Phone[0]
        if (!phone.text()) c.remove(phone)
        c.Contacts[0].children().sort { it.@prio }
        c.appendNode('Count', [unit: 'contacts'], c.Contacts.Contact.size())
    }
    message.setBody(XmlUtil.serialize(root))
    return message
}
