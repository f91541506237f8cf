/*---
{ "title": "a class declared in the script", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
class Address {
    String street
    String city
    String format() { return street + ', ' + city }
}

def Message processData(Message message) {
    def a = new Address(street: 'Main St 1', city: 'Walldorf')
    def b = new Address()
    b.street = 'Dietmar-Hopp-Allee 16'
    b.city = 'Walldorf'
    message.setBody([a, b].collect { it.format() }.join(' / '))
    return message
}
