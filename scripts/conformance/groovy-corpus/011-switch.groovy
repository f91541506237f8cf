/*---
{ "title": "switch on strings, regex, lists and ranges", "body": "", "headers": { "codes": "A,x12,7,Q,zzz" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def classify(v) {
    switch (v) {
        case 'A':
            return 'letter A'
        case ~/x\d+/:
            return 'x-number'
        case ['Q', 'R']:
            return 'Q or R'
        case 1..9:
            return 'digit'
        default:
            return 'other'
    }
}

def Message processData(Message message) {
    def codes = message.getHeaders().get('codes').split(',')
    def out = codes.collect { c -> c.isInteger() ? classify(c.toInteger()) : classify(c) }
    message.setBody(out.join('|'))
    return message
}
