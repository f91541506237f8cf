/*---
{ "title": "division of integers and decimals: exact quotients, 10 digits when it does not terminate", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import java.math.RoundingMode

def Message processData(Message message) {
    def third = 1 / 3
    def lines = [
        third, "${third}", third.scale(), (1 / 3).setScale(2, RoundingMode.HALF_UP), 2.5 / 3,
        1 / 3 + 1, (10 / 3).intValue(), Math.round(1 / 3 * 100) / 100, 1.25 / 0.5, 100.00 / 3,
        1 / 8, 10 / 4, 10 / 5, new BigDecimal('1') / new BigDecimal('3'), (1 / 3).doubleValue(),
        7.intdiv(2), -1 / 3, 0.1 / 3, 123456789012 / 1000000007, (1 / 3) * 3, 7.123456789012 / 3,
    ]
    message.setBody(lines.join('\n'))
    message.setProperty('total', (19.99 * 3 / 7).setScale(2, RoundingMode.HALF_UP).toString())
    return message
}
