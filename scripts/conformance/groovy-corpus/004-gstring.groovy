/*---
{ "title": "GStrings with ${} and $x", "body": "World", "headers": { "name": "CPI" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def body = message.getBody(java.lang.String)
    def name = message.getHeaders().get("name")
    def count = 3
    message.setBody("Hello ${body}! From $name, ${count * 2} times")
    return message
}
