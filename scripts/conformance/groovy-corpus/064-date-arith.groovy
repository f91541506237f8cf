/*---
{ "title": "Date arithmetic and formatting with a fixed date", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import java.text.SimpleDateFormat

def Message processData(Message message) {
    def f = new SimpleDateFormat('yyyy-MM-dd')
    f.setTimeZone(TimeZone.getTimeZone('UTC'))
    def d = f.parse('2024-02-27')
    def later = d + 3
    message.setHeader('later', f.format(later))
    message.setHeader('diff', (later - d).toString())
    return message
}
