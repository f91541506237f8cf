/*---
{ "title": "@Grab is refused before running", "body": "", "expect": "refused", "refusedApi": "@Grab" }
---*/
@Grab('org.apache.commons:commons-lang3:3.12.0')
import org.apache.commons.lang3.StringUtils
import com.sap.gateway.ip.core.customdev.util.Message

def Message processData(Message message) {
    message.setBody(StringUtils.capitalize('x'))
    return message
}
