/*---
{ "title": "script methods with typed and default parameters", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
String greet(String name, String greeting = 'Hello') {
    return "${greeting}, ${name}"
}

def sum(List values) {
    values.inject(0) { a, b -> a + b }
}

def Message processData(Message message) {
    message.setBody(greet('Ann') + ' / ' + greet('Bob', 'Hi') + ' / ' + sum([1, 2, 3]))
    return message
}
