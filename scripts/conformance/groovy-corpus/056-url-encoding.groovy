/*---
{ "title": "URLEncoder and URLDecoder", "body": "a b&c=d/é" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def text = message.getBody(String)
    def enc = URLEncoder.encode(text, 'UTF-8')
    message.setHeader('enc', enc)
    message.setHeader('dec', URLDecoder.decode(enc, 'UTF-8'))
    return message
}
