/*---
{ "title": "CPI's Hello World in Groovy", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message

def Message processData(Message message) {
    message.setBody("Hello world from IFlow")
    return message
}
