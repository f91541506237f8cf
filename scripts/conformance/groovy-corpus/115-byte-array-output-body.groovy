/*---
{ "title": "A ByteArrayOutputStream as the body (decoded Base64 content written to a stream)", "body": "{\"name\":\"hello.txt\",\"contentType\":\"text/plain\",\"contentBytes\":\"SGVsbG8gZnJvbSB0aGUgc3RyZWFt\"}" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper

def Message processData(Message message) {
    def parsed = new JsonSlurper().parseText(message.getBody(String))
    message.setHeader('attachmentName', parsed.name)
    byte[] content = parsed.contentBytes.decodeBase64()
    ByteArrayOutputStream out = new ByteArrayOutputStream()
    out.write(content)
    out.write(' (ok)'.getBytes('UTF-8'))
    message.setHeader('size', out.size())
    message.setBody(out)
    return message
}
