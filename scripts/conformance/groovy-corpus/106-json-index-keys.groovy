/*---
{"title": "JSON keys that look like numbers, a __proto__ key and marker-like text keep Groovy's order and text", "body": "{\"10\": \"ten\", \"2\": \"two\", \"b\": {\"1\": \"one\", \"a\": \"x\"}, \"rows\": [{\"0\": \"zero\", \"name\": \"n\"}], \"__proto__\": {\"p\": 1}, \"x\": \"\\u00000\\u0000\"}"}
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper
import groovy.json.JsonOutput

def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    json['7'] = 'seven'
    json.b['3'] = 'three'
    def mixed = [1: 'int', '1': 'string', (2L): 'long']
    message.setHeader('mixed', JsonOutput.toJson(mixed))
    message.setHeader('proto', "${json['__proto__'].p}")
    message.setBody(JsonOutput.toJson(json))
    return message
}
