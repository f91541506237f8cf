/*---
{"title": "JsonSlurper's maps are sorted by key (LazyMap over a TreeMap), JsonSlurperClassic's are HashMaps", "body": "{\"zeta\": {\"b\": 2, \"a\": 1}, \"alpha\": [{\"y\": 1, \"x\": 2}], \"Mid\": \"m\", \"_u\": 1, \"10\": \"ten\", \"9\": \"nine\"}"}
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper
import groovy.json.JsonSlurperClassic

def Message processData(Message message) {
    def text = message.getBody(String)
    def json = new JsonSlurper().parseText(text)
    def classic = new JsonSlurperClassic().parseText(text)
    message.setHeader('sorted', json.keySet().join(','))
    message.setHeader('classic', classic.keySet().join(','))
    message.setHeader('text', "${json}".toString())
    message.setHeader('same', "${json.zeta.is(json.zeta)} ${json.alpha[0].is(json.alpha[0])}")
    def errors = []
    try { json[0] } catch (ClassCastException e) { errors << 'get' }
    try { json[1] = 'x' } catch (ClassCastException e) { errors << 'put' }
    try { json[null] = 'x' } catch (NullPointerException e) { errors << 'null' }
    message.setHeader('errors', errors.join(','))
    json.each { k, v -> message.setProperty("p_${k}", "${v}".toString()) }
    json.zeta.c = 3
    json.remove('Mid')
    message.setBody(json.toString() + ' ' + json.size())
    return message
}
