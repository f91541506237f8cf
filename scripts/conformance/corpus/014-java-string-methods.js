/*---
{ "title": "Java String methods: trim, substring, indexOf, replace, split, startsWith", "body": "  alpha.beta.gamma  " }
---*/
function processData(message) {
  var s = new java.lang.String(message.getBody(java.lang.String)).trim();
  var parts = s.split("\\.");
  var out = [parts.length, s.substring(0, 5), s.indexOf("beta"), s.replace(".", "/"), s.startsWith("alpha"), s.endsWith("x"), s.toUpperCase()];
  message.setBody(out.join("|"));
  return message;
}
