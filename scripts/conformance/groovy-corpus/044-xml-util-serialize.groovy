/*---
{ "title": "XmlSlurper then XmlUtil.serialize", "body": "<a><b x=\"1\">t</b><c/></a>" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.xml.XmlUtil

def Message processData(Message message) {
    def root = new XmlSlurper().parseText(message.getBody(String))
    message.setBody(XmlUtil.serialize(root))
    return message
}
