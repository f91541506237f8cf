/*---
{ "title": "GDK and Java string methods", "body": "  Hello, CPI World  " }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def s = message.getBody(String)
    def t = s.trim()
    def out = [
        t.toUpperCase(), t.toLowerCase(), t.size(), t.substring(0, 5), t.replace('CPI', 'SAP'),
        t.split(', ').size(), t.contains('World'), t.startsWith('Hello'), t.endsWith('d'),
        t.padLeft(22, '*'), t.reverse(), t.indexOf('C'), t.tokenize(' ,').join('+'), t[0..4], t[-5..-1],
        'abc'.capitalize(), '42'.toInteger() + 1, '3.5'.toBigDecimal() * 2, 'x' * 3
    ]
    message.setBody(out.join('|'))
    return message
}
