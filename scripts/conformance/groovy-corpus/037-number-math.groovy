/*---
{ "title": "BigDecimal arithmetic, setScale, intdiv, division", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import java.math.RoundingMode

def Message processData(Message message) {
    def a = 10.25
    def b = 3
    def out = [a + b, a * b, (a / 5), 7.intdiv(2), 7 / 2, 10 / 5, (a * 1.1).setScale(2, RoundingMode.HALF_UP), 2 ** 10, -a, 17 % 5]
    message.setBody(out.join(' '))
    return message
}
