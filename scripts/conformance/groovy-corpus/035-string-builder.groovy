/*---
{ "title": "StringBuilder and <<", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def sb = new StringBuilder()
    sb.append('a').append(1).append(true)
    sb << 'x'
    def csv = new StringBuilder()
    [[1, 'a'], [2, 'b']].each { row -> csv.append(row.join(';')).append('\n') }
    message.setBody(sb.toString() + '|' + csv.toString())
    return message
}
