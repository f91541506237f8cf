/*---
{ "title": "setStringProperty with JavaScript records, arrays and counts (Rhino's String conversion)", "body": "{\"Records\":[{\"Id\":\"WS1\",\"Title\":\"Pens\"},{\"Id\":\"WS2\",\"Title\":\"Paper\"}],\"Tags\":[\"a\",\"b\"]}" }
---*/
importClass(com.sap.gateway.ip.core.customdev.util.Message);

function processData(message) {
  var log = messageLogFactory.getMessageLog(message);
  var body = JSON.parse(message.getBody(java.lang.String));
  var statements = [];
  for (var i = 0; i < body.Records.length; i++) {
    var record = body.Records[i];
    log.setStringProperty("lastRecord", record);
    statements.push("INSERT INTO T (ID, TITLE) VALUES ('" + record.Id + "', '" + record.Title + "')");
  }
  log.setStringProperty("tags", body.Tags);
  log.setStringProperty("count", statements.length);
  message.setBody(statements.join(";\n"));
  return message;
}
