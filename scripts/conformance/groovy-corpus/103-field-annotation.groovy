/*---
{ "title": "annotated script-level fields are ignored, the script runs", "body": "b" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.transform.Field

@Field String PREFIX = 'pre-'

def Message processData(Message message) {
    message.setBody(PREFIX + message.getBody(String))
    return message
}
