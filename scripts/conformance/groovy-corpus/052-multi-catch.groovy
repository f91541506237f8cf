/*---
{ "title": "catch with multiple types and a generic fallback", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def parse(String v) {
    try {
        return Integer.parseInt(v)
    } catch (NumberFormatException | NullPointerException e) {
        return -1
    } catch (Exception e) {
        return -2
    }
}

def Message processData(Message message) {
    message.setBody([parse('12'), parse('x'), parse(null)].join(','))
    return message
}
