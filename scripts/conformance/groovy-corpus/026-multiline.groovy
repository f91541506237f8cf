/*---
{ "title": "multi-line strings (triple quotes) and stripIndent", "body": "", "headers": { "id": "17" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def id = message.getHeaders().get('id')
    def xml = """<root>
  <id>${id}</id>
  <status>OK</status>
</root>"""
    def text = '''line one
line two'''
    message.setBody(xml + '\n' + text.readLines().size())
    return message
}
