/*---
{ "title": "JsonOutput.prettyPrint", "body": "{\"a\":1,\"b\":[1,2,{\"c\":\"d\"}],\"e\":{}}" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonOutput

def Message processData(Message message) {
    message.setBody(JsonOutput.prettyPrint(message.getBody(String)))
    return message
}
