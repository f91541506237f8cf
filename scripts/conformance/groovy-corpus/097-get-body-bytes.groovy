/*---
{ "title": "getBody(byte[]) and new String(bytes, UTF-8)", "body": "Grüße" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    byte[] bytes = message.getBody(byte[].class)
    message.setHeader('len', bytes.length.toString())
    message.setBody(new String(bytes, 'UTF-8').toUpperCase())
    return message
}
