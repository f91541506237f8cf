/*---
{ "title": "methods see @Field variables and the binding, not the script's local variables", "body": "in" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.transform.Field

@Field String prefix = 'pre-'
def local = 'script local'
int count = 3
binding1 = 'from the binding'
def upper = { String s -> "${s.toUpperCase()} (${local})".toString() }
shout = upper('x')

def readLocal() { local }
def readCount() { count }
def setBinding() { later = 'set in a method'; later }

def Message processData(Message message) {
    def seen = []
    try { seen << readLocal() } catch (MissingPropertyException e) { seen << 'no property local' }
    try { seen << readCount() } catch (MissingPropertyException e) { seen << 'no property count' }
    seen << setBinding()
    seen << later
    seen << binding1
    try { upper('y') } catch (MissingMethodException e) { seen << 'no method upper' }
    message.setHeader('closure', shout)
    message.setBody(prefix + message.getBody(String) + ' | ' + seen.join(' | '))
    return message
}
