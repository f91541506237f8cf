/*---
{ "title": "XmlSlurper on a document with a default namespace", "body": "<ns0:Order xmlns:ns0=\"urn:x\"><ns0:Id>5</ns0:Id><ns0:Line><ns0:Qty>2</ns0:Qty></ns0:Line></ns0:Order>" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def order = new XmlSlurper().parseText(message.getBody(String))
    message.setHeader('id', order.Id.text())
    message.setHeader('qty', order.Line.Qty.text())
    message.setHeader('root', order.name())
    return message
}
