/*---
{ "title": "CSV to JSON conversion", "body": "id,name\n1,Alpha\n2,Beta" }
---*/
function processData(message) {
  var lines = String(message.getBody(java.lang.String)).split("\n");
  var head = lines[0].split(",");
  var rows = [];
  for (var i = 1; i < lines.length; i++) {
    var cells = lines[i].split(","), row = {};
    for (var j = 0; j < head.length; j++) row[head[j]] = cells[j];
    rows.push(row);
  }
  message.setBody(JSON.stringify({ rows: rows }));
  return message;
}
