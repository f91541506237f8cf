/*---
{"title": "JsonOutput of every kind of value: decimals, exponents, unicode, control characters, nulls", "body": "{\"zeta\": 1, \"alpha\": {\"k2\": \"v\", \"k1\": \"w\"}, \"list\": [{\"b\": 1, \"a\": 2}, {\"b\": 3, \"a\": 4}], \"mid\": \"m\"}"}
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper
import groovy.json.JsonOutput

def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    json.amount = 12.50
    json.rate = 0.0000001d
    json.big = 12345678901234L
    json.huge = 1e25d
    json.text = 'Grüße – "quoted" \\ back\tslash\n€ 😀'
    json.control = 'a\u0001b\u007fc'
    json.nothing = null
    json.flag = true
    json.neg = -3
    json.gs = "sum ${json.zeta + 1}"
    json.list[0].a = 'changed'
    json.nested = [inner: [x: 1.5, y: [1, 2.25]]]
    message.setBody(JsonOutput.toJson(json))
    message.setHeader('list', JsonOutput.toJson([1, 'two', 3.0, null, [k: 'v']]))
    message.setHeader('plain', JsonOutput.toJson('ünï'))
    return message
}
