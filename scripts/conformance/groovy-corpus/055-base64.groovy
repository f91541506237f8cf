/*---
{ "title": "Base64 encode and decode", "body": "Hello CPI" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def text = message.getBody(String)
    def encoded = text.bytes.encodeBase64().toString()
    def decoded = new String(encoded.decodeBase64())
    def viaJava = Base64.getEncoder().encodeToString(text.getBytes('UTF-8'))
    message.setBody("$encoded|$decoded|$viaJava")
    return message
}
