/*---
{ "title": "null-safe chains over JSON and lists", "body": "{\"a\":{\"b\":[{\"c\":1}]}}" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper

def Message processData(Message message) {
    def j = new JsonSlurper().parseText(message.getBody(String))
    def out = [j.a?.b?.getAt(0)?.c, j.x?.y?.z, j.a?.b?.size(), j?.a?.b*.c]
    message.setBody(out.join(','))
    return message
}
