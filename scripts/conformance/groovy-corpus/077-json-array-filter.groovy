/*---
{ "title": "filter a JSON array and count", "body": "[{\"s\":\"open\"},{\"s\":\"closed\"},{\"s\":\"open\"}]" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper
import groovy.json.JsonOutput

def Message processData(Message message) {
    def list = new JsonSlurper().parseText(message.getBody(String))
    def open = list.findAll { it.s == 'open' }
    message.setHeader('openCount', open.size())
    message.setBody(JsonOutput.toJson(open))
    return message
}
