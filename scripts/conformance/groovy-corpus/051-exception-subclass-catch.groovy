/*---
{ "title": "catch RuntimeException, rethrow as Exception", "body": "x" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    try {
        def list = [1, 2]
        list.get(5)
    } catch (IndexOutOfBoundsException e) {
        throw new Exception("Lookup failed")
    }
    return message
}
