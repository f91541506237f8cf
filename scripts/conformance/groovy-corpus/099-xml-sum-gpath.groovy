/*---
{ "title": "sum of GPath values as BigDecimal", "body": "<Inv><L><A>1.10</A></L><L><A>2.25</A></L><L><A>3</A></L></Inv>" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def inv = new XmlSlurper().parseText(message.getBody(String))
    def sum = inv.L.A.collect { it.text().toBigDecimal() }.sum()
    message.setBody(sum.toString())
    return message
}
