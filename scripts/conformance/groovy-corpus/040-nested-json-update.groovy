/*---
{ "title": "modify parsed JSON in place and write it back", "body": "{\"header\":{\"status\":\"new\"},\"lines\":[{\"n\":1},{\"n\":2}]}" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper
import groovy.json.JsonOutput

def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    json.header.status = 'processed'
    json.header.count = json.lines.size()
    json.lines.each { it.double = it.n * 2 }
    json.lines << [n: 3, double: 6]
    message.setBody(JsonOutput.toJson(json))
    return message
}
