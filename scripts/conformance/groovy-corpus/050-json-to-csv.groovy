/*---
{ "title": "JSON to CSV with join and padding", "body": "[{\"id\":1,\"name\":\"a\"},{\"id\":22,\"name\":\"bb\"}]" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper

def Message processData(Message message) {
    def rows = new JsonSlurper().parseText(message.getBody(String))
    def out = new StringBuilder()
    out << 'ID;NAME\n'
    rows.each { r ->
        out << r.id.toString().padLeft(4, '0') << ';' << r.name.toUpperCase() << '\n'
    }
    message.setBody(out.toString())
    return message
}
