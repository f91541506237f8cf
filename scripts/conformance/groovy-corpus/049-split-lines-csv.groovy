/*---
{ "title": "CSV body to JSON", "body": "id;name;qty\n1;apple;3\n2;pear;5\n" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonOutput

def Message processData(Message message) {
    def lines = message.getBody(String).readLines()
    def header = lines[0].split(';')
    def rows = lines.drop(1).findAll { it.trim() }.collect { line ->
        def cells = line.split(';')
        def row = [:]
        header.eachWithIndex { h, i -> row[h] = cells[i] }
        row
    }
    message.setBody(JsonOutput.toJson(rows))
    return message
}
