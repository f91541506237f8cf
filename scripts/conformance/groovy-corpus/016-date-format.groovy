/*---
{ "title": "Date.format and SimpleDateFormat in UTC", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import java.text.SimpleDateFormat

def Message processData(Message message) {
    def d = new Date(0)
    def f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss")
    f.setTimeZone(TimeZone.getTimeZone('UTC'))
    message.setHeader('iso', f.format(d))
    message.setHeader('short', d.format('yyyyMMdd', TimeZone.getTimeZone('UTC')))
    return message
}
