/*---
{"title": "JSON with decimal amounts: BigDecimals with their scale, sums, written back", "body": "{\"order\":{\"id\":\"A-1\",\"amount\":1234.56,\"tax\":0.19,\"lines\":[{\"qty\":2,\"price\":9.99,\"discount\":-0.5},{\"qty\":1,\"price\":20,\"rate\":0.000001}],\"big\":123456789012345,\"note\":\"total 10.50 EUR at 10:30\"},\"list\":[1.5,2,3.25],\"flag\":true,\"none\":null}", "properties": {"exact": "{\"amount\":12.50,\"exp\":1.5e3,\"whole\":2.0,\"long\":1234567890.123456789,\"id\":\"x\"}"}}
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper
import groovy.json.JsonOutput

def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    def exact = new JsonSlurper().parseText(message.getProperty('exact'))
    def sum = json.order.lines.sum { it.qty * it.price }
    json.order.total = sum
    json.order.lines[0].price = 10.01
    message.setHeader('types', [json.order.amount, json.order.tax, json.list[0], json.order.big, json.list[1]].collect { it.getClass().simpleName }.join(','))
    message.setHeader('sum', "${sum} ${json.order.amount + json.order.tax} ${json.list.sum()}".toString())
    message.setHeader('exact', JsonOutput.toJson(exact))
    message.setHeader('exactTypes', exact.values().collect { it.getClass().simpleName }.join(','))
    message.setBody(JsonOutput.toJson(json))
    return message
}
