/*---
{ "title": "getBody(java.io.Reader) read line by line", "body": "one\ntwo\nthree" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def reader = message.getBody(java.io.Reader)
    def lines = []
    def br = new BufferedReader(reader)
    def line
    while ((line = br.readLine()) != null) {
        lines << line.toUpperCase()
    }
    message.setBody(lines.join('+'))
    return message
}
