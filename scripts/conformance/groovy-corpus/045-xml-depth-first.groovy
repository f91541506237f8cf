/*---
{ "title": "GPath depthFirst / ** search", "body": "<r><x><id>1</id></x><y><z><id>2</id></z></y><id>3</id></r>" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def root = new XmlSlurper().parseText(message.getBody(String))
    def ids = root.'**'.findAll { it.name() == 'id' }.collect { it.text() }
    message.setBody(ids.join(','))
    return message
}
