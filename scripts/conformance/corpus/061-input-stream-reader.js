/*---
{ "title": "java.io: getBody(java.io.InputStream) read line by line", "body": "line1\nline2\nline3" }
---*/
importClass(java.io.BufferedReader);
importClass(java.io.InputStreamReader);
function processData(message) {
  var is = message.getBody(java.io.InputStream);
  var reader = new BufferedReader(new InputStreamReader(is, "UTF-8"));
  var line, n = 0, last = "";
  while ((line = reader.readLine()) != null) { n++; last = line; }
  reader.close();
  message.setBody(n + " lines, last " + last);
  return message;
}
