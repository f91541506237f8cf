/*---
{ "title": "JavaImporter with a with-block", "body": "" }
---*/
var util = new JavaImporter(java.util, java.text);
function processData(message) {
  with (util) {
    var list = new ArrayList();
    list.add("b");
    list.add("a");
    Collections.sort(list);
    message.setBody(list.toString());
  }
  return message;
}
