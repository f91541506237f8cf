/*---
{ "title": "setProperty of lists and maps, getProperty", "body": "", "properties": { "count": 3 } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def count = message.getProperty('count')
    message.setProperty('list', [1, 2, count])
    message.setProperty('map', [a: 'b'])
    message.setProperty('next', count + 1)
    return message
}
