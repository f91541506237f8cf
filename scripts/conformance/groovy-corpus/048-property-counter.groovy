/*---
{ "title": "a counter kept in a property", "body": "", "properties": { "counter": "4" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def counter = message.getProperty('counter') as Integer
    counter++
    message.setProperty('counter', counter.toString())
    message.setProperty('even', counter % 2 == 0)
    return message
}
