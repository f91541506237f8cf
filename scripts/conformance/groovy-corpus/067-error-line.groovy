/*---
{ "title": "an error thrown in a helper method", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def check(v) {
    if (v < 0) {
        throw new IllegalStateException("negative: " + v)
    }
    v
}

def Message processData(Message message) {
    message.setBody(String.valueOf(check(1)))
    check(-1)
    return message
}
