/*---
{ "title": "closures return their last expression", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def grade = { score ->
        if (score >= 90) {
            'A'
        } else if (score >= 75) {
            'B'
        } else {
            'C'
        }
    }
    message.setBody([95, 80, 10].collect(grade).join(''))
    return message
}
