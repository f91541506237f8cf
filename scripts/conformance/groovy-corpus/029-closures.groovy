/*---
{ "title": "closures as values, it, currying via variables", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def twice = { it * 2 }
    def add = { a, b -> a + b }
    def apply = { f, v -> f(v) }
    def out = [twice(4), add(2, 3), apply(twice, 10), [1, 2, 3].collect(twice).join('')]
    message.setBody(out.join(','))
    return message
}
