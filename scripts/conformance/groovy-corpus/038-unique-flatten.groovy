/*---
{ "title": "unique, flatten, spread *., collectMany", "body": "" }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    def people = [[name: 'a', tags: ['x', 'y']], [name: 'b', tags: ['y', 'z']]]
    def names = people*.name
    def tags = people.collectMany { it.tags }.unique()
    def flat = [[1, 2], [3, [4, 5]]].flatten()
    message.setBody("${names.join(',')};${tags.join(',')};${flat.join(',')}")
    return message
}
