/*---
{ "title": "a Java map stored as a property and read back", "body": "" }
---*/
function processData(message) {
  var m = new java.util.HashMap();
  m.put("k", "v");
  message.setProperty("cache", m);
  var back = message.getProperty("cache");
  message.setBody("cached " + back.get("k") + " " + back.size());
  message.setProperty("cache", null);
  return message;
}
