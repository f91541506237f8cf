/*---
{ "title": "entrySet over a TreeMap", "body": "" }
---*/
function processData(message) {
  var m = new java.util.TreeMap();
  m.put("zeta", "26");
  m.put("alpha", "1");
  m.put("mid", "13");
  var out = "";
  var it = m.entrySet().iterator();
  while (it.hasNext()) {
    var e = it.next();
    out += e.getKey() + ":" + e.getValue() + ";";
  }
  message.setBody(out);
  return message;
}
