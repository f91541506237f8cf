/*---
{ "title": "find, findAll, sort and max on maps", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def stock = [apple: 5, pear: 0, plum: 12, fig: 3]
    def inStock = stock.findAll { k, v -> v > 0 }.keySet().join(',')
    def first = stock.find { it.value > 4 }?.key
    def max = stock.max { it.value }.key
    def sorted = stock.sort { it.key }.collect { k, v -> "$k:$v" }.join(' ')
    message.setBody("$inStock;$first;$max;$sorted")
    return message
}
