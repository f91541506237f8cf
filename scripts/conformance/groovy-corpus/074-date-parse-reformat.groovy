/*---
{ "title": "reformat a date string", "body": "20240315" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import java.text.SimpleDateFormat

def Message processData(Message message) {
    def inFmt = new SimpleDateFormat('yyyyMMdd')
    inFmt.setTimeZone(TimeZone.getTimeZone('UTC'))
    def outFmt = new SimpleDateFormat('dd.MM.yyyy')
    outFmt.setTimeZone(TimeZone.getTimeZone('UTC'))
    def d = inFmt.parse(message.getBody(String))
    message.setBody(outFmt.format(d))
    return message
}
