/*---
{ "title": "the script CPI generates for a new Script step", "body": "payload", "headers": { "oldHeader": "h" }, "properties": { "oldProperty": "p" } }
---*/
/*
 The integration developer needs to create the method processData
 This method takes Message object of package com.sap.gateway.ip.core.customdev.util
 which includes helper methods useful for the content developer:
 The methods available are:
    public java.lang.Object getBody()
    public void setBody(java.lang.Object body)
    public java.util.Map<java.lang.String,java.lang.Object> getHeaders()
    public void setHeaders(java.util.Map<java.lang.String,java.lang.Object> exchangeHeaders)
    public void setHeader(java.lang.String name, java.lang.Object value)
    public java.util.Map<java.lang.String,java.lang.Object> getProperties()
    public void setProperties(java.util.Map<java.lang.String,java.lang.Object> exchangeProperties)
    public void setProperty(java.lang.String name, java.lang.Object value)
 */
importClass(com.sap.gateway.ip.core.customdev.util.Message);
importClass(java.util.HashMap);

function processData(message) {
    //Body
    var body = message.getBody(java.lang.String);
    message.setBody(body);
    //Headers
    var map = message.getHeaders();
    var value = map.get("oldHeader");
    message.setHeader("newHeader", "newHeader");
    //Properties
    map = message.getProperties();
    value = map.get("oldProperty");
    message.setProperty("newProperty", "newProperty");
    return message;
}
