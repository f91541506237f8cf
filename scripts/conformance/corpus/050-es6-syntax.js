/*---
{ "title": "ES6 mode: let, const, arrow functions, template literals", "body": "[1,2,3]" }
---*/
function processData(message) {
  const items = JSON.parse(message.getBody(java.lang.String));
  let doubled = items.map((x) => x * 2);
  message.setBody(`doubled: ${doubled.join("-")}`);
  return message;
}
