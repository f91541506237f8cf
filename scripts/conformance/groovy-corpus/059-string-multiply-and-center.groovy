/*---
{ "title": "padRight, center, multiply, count", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def out = ['ab'.padRight(5, '.') + '|', 'x'.center(5, '-'), '=' * 4, 'banana'.count('a'), 'a,b,,c'.split(',').size(), 'Hello'[1..3]]
    message.setBody(out.join(' '))
    return message
}
