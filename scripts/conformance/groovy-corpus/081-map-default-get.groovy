/*---
{ "title": "map get with default and withDefault-free counting", "body": "a b a c b a" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def counts = [:]
    message.getBody(String).split(' ').each { w ->
        counts[w] = (counts[w] ?: 0) + 1
    }
    message.setBody(counts.collect { k, v -> "$k=$v" }.join(';'))
    return message
}
