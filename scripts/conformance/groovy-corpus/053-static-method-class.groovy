/*---
{ "title": "a class with a static helper and a constructor", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
class Money {
    BigDecimal amount
    String currency
    Money(BigDecimal amount, String currency) {
        this.amount = amount
        this.currency = currency
    }
    static Money of(String s) {
        def parts = s.split(' ')
        return new Money(new BigDecimal(parts[0]), parts[1])
    }
    String toString() { return amount.toString() + ' ' + currency }
}

def Message processData(Message message) {
    def m = Money.of('12.30 EUR')
    message.setBody(m.toString() + '|' + m.amount.add(new BigDecimal('0.70')))
    return message
}
