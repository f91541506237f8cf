/*---
{ "title": "amounts with BigDecimal and setScale", "body": "{\"items\":[{\"net\":\"10.10\"},{\"net\":\"5.255\"}]}" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper
import java.math.RoundingMode

def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    def total = json.items.collect { new BigDecimal(it.net) }.sum()
    def vat = (total * 0.19).setScale(2, RoundingMode.HALF_UP)
    message.setHeader('total', total.setScale(2, RoundingMode.HALF_UP).toString())
    message.setHeader('vat', vat.toString())
    return message
}
