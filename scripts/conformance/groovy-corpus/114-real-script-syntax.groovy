/*---
{ "title": "Syntax seen in real scripts: chains on the next line, def parameters, nested generics, getBody(byte[]), labels, comments before else", "body": "  <note>Tom & \"Jerry\"</note>  ", "headers": { "Content-Type": "text/plain" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message

def Message processData(Message message) {
    byte[] raw = message.getBody(byte[])
    def text = new String(raw, 'UTF-8')
        .trim()
        .replaceAll('&', '&amp;')
        .replaceAll('"', '&quot;')
    Map<String, List<String>> groups = [:]
    Map<String, Map<String, List<String>>> nested = [all: groups]
    ['b1', 'a1', 'b2', 'c3'].each { def code ->
        groups.get(code[0], []) << code
    }
    def found = []
    scan: for (k in groups.keySet().sort()) {
        for (v in groups[k]) {
            if (v == 'b2') continue scan
            if (v.startsWith('c')) break scan
            found << v
        }
    }
    if (found.size() > 5) {
        found = found.take(5)
    }
    // nothing to trim
    else {
        found << 'end'
    }
    message.setHeader('found', found.join(','))
    message.setHeader('sizes', nested.all.collect { k, v -> "$k=${v.size()}" }.join(';'))
    message.setHeader('label', label(text.length()))
    message.setBody(text)
    return message
}

def private String label(def n) {
    n > 10 ? 'long' : 'short'
}
