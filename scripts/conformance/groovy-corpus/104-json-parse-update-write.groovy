/*---
{"title": "parsed JSON read, changed in nested places and written back in HashMap order", "body": "{\"order\": {\"id\": 4711, \"status\": \"new\", \"customer\": {\"name\": \"ACME\", \"city\": \"Walldorf\"}}, \"items\": [{\"sku\": \"A1\", \"qty\": 2, \"tags\": [\"x\", \"y\"]}, {\"sku\": \"B2\", \"qty\": 1, \"tags\": []}, {\"sku\": \"C3\", \"qty\": 7, \"tags\": [\"z\"]}], \"meta\": {\"source\": \"shop\", \"version\": 3, \"flags\": {\"test\": true, \"rush\": false}, \"note\": null}, \"total\": 10}"}
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper
import groovy.json.JsonOutput

def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    // Untouched parts are written as they were parsed; changed parts with their changes.
    json.items[1].qty = 5
    json.items.each { it.line = it.sku.toLowerCase() }
    def old = json.meta.put('version', 4)
    json.meta.flags.remove('rush')
    json.order.customer.city = 'Berlin'
    json['added'] = [a: 1, list: [1, 2, [b: 2]]]
    def copy = [:]
    copy.putAll(json.meta)
    message.setHeader('old', "${old}")
    message.setHeader('copy', JsonOutput.toJson(copy))
    message.setHeader('keys', json.keySet().join(','))
    message.setHeader('hasItems', "${json.containsKey('items')} ${json.items.size()}")
    message.setBody(JsonOutput.toJson(json))
    return message
}
