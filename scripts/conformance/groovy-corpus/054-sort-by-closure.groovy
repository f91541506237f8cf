/*---
{ "title": "sort with closures and comparators, unique by key", "body": "[{\"n\":\"b\",\"v\":2},{\"n\":\"a\",\"v\":3},{\"n\":\"c\",\"v\":1},{\"n\":\"a\",\"v\":9}]" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper

def Message processData(Message message) {
    def rows = new JsonSlurper().parseText(message.getBody(String))
    def byName = rows.sort(false) { it.n }.collect { it.n + it.v }
    def byValueDesc = rows.sort(false) { a, b -> b.v <=> a.v }.collect { it.v }
    def uniq = rows.unique(false) { it.n }.size()
    message.setBody("${byName.join(',')};${byValueDesc.join(',')};${uniq}")
    return message
}
