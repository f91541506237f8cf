/*---
{ "title": "groupBy, collectEntries, countBy", "body": "[{\"c\":\"DE\",\"v\":1},{\"c\":\"US\",\"v\":5},{\"c\":\"DE\",\"v\":3}]" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper
import groovy.json.JsonOutput

def Message processData(Message message) {
    def rows = new JsonSlurper().parseText(message.getBody(String))
    def byCountry = rows.groupBy { it.c }
    def sums = byCountry.collectEntries { k, v -> [(k): v.sum { it.v }] }
    def counts = rows.countBy { it.c }
    message.setBody(JsonOutput.toJson([sums: sums, counts: counts, countries: byCountry.keySet().sort()]))
    return message
}
