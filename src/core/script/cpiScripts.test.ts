import { describe, expect, it } from 'vitest';
import { SCRIPT_TEMPLATE } from './template';
import { runOn } from './testing';
import { withCpiDefaults } from './withCpiDefaults';

// Realistic CPI scripts in the Rhino style, each with its input and the expected output.
const cases: {
  name: string;
  source: string;
  input: {
    body?: unknown;
    headers?: Record<string, unknown>;
    properties?: Record<string, unknown>;
  };
  expect: (r: Awaited<ReturnType<typeof runOn>>) => void;
}[] = [
  {
    name: 'the generated template',
    source: SCRIPT_TEMPLATE,
    input: { body: 'B', headers: { oldHeader: 'h' }, properties: { oldProperty: 'p' } },
    expect: (r) => {
      expect(r.message).toEqual({
        body: 'B',
        headers: { oldHeader: 'h', newHeader: 'newHeader' },
        properties: { oldProperty: 'p', newProperty: 'newProperty' },
      });
    },
  },
  {
    name: 'Hello World',
    source: `function processData(message) {
    var body = message.getBody();
    message.setBody("Hello world from IFlow");
    return message;
}`,
    input: { body: '' },
    expect: (r) => expect(r.message.body).toBe('Hello world from IFlow'),
  },
  {
    name: 'payload logging with messageLogFactory',
    source: `importClass(com.sap.gateway.ip.core.customdev.util.Message);
importClass(java.util.HashMap);
function processData(message) {
    var body = message.getBody(java.lang.String);
    var messageLog = messageLogFactory.getMessageLog(message);
    if (messageLog != null) {
        messageLog.setStringProperty("Logging#1", "Printing Payload As Attachment");
        messageLog.addAttachmentAsString("ResponsePayload:", body, "text/plain");
    }
    return message;
}`,
    input: { body: '{"id":1}' },
    expect: (r) => {
      expect(r.messageLog.properties).toEqual({ 'Logging#1': 'Printing Payload As Attachment' });
      expect(r.messageLog.attachments).toEqual([
        { name: 'ResponsePayload:', type: 'text/plain', content: '{"id":1}' },
      ]);
    },
  },
  {
    name: 'JSON reshaping',
    source: `function processData(message) {
    var input = JSON.parse(message.getBody(java.lang.String));
    var out = { customer: input.firstName + " " + input.lastName, items: [] };
    for (var i = 0; i < input.orders.length; i++) {
        out.items.push({ sku: input.orders[i].id, total: input.orders[i].qty * input.orders[i].price });
    }
    message.setBody(JSON.stringify(out));
    message.setHeader("Content-Type", "application/json");
    return message;
}`,
    input: {
      body: '{"firstName":"Ada","lastName":"Lovelace","orders":[{"id":"A","qty":2,"price":5},{"id":"B","qty":1,"price":7.5}]}',
    },
    expect: (r) => {
      expect(JSON.parse(r.message.body as string)).toEqual({
        customer: 'Ada Lovelace',
        items: [
          { sku: 'A', total: 10 },
          { sku: 'B', total: 7.5 },
        ],
      });
      expect(r.message.headers['Content-Type']).toBe('application/json');
    },
  },
  {
    name: 'copy all headers to properties',
    source: `function processData(message) {
    var headers = message.getHeaders();
    var it = headers.entrySet().iterator();
    while (it.hasNext()) {
        var entry = it.next();
        message.setProperty("hdr_" + entry.getKey(), entry.getValue());
    }
    return message;
}`,
    input: { headers: { SAPClient: '100', CamelHttpMethod: 'POST' } },
    expect: (r) =>
      expect(r.message.properties).toEqual({ hdr_SAPClient: '100', hdr_CamelHttpMethod: 'POST' }),
  },
  {
    name: 'date formatting into a property',
    source: `importClass(java.text.SimpleDateFormat);
function processData(message) {
    var created = new Date(message.getProperty("CamelCreatedTimestamp").toString());
    var sdf = new SimpleDateFormat("yyyyMMdd_HHmmss");
    message.setProperty("FileName", "orders_" + sdf.format(created) + ".xml");
    return message;
}`,
    input: withCpiDefaults(
      { body: '', headers: {}, properties: {} },
      { now: Date.UTC(2025, 5, 30, 8, 5, 1), id: 'mpl-1' },
    ),
    expect: (r) => expect(r.message.properties.FileName).toBe('orders_20250630_080501.xml'),
  },
  {
    name: 'error handling with try/catch and throw',
    source: `function processData(message) {
    var body = message.getBody(java.lang.String);
    try {
        var order = JSON.parse(body);
        if (!order.id) {
            throw new java.lang.IllegalArgumentException("Order id missing");
        }
        message.setProperty("OrderId", order.id);
    } catch (e) {
        message.setProperty("ErrorText", "" + e.message);
        throw new java.lang.Exception("Invalid order: " + e.message);
    }
    return message;
}`,
    input: { body: '{"name":"no id"}' },
    expect: (r) =>
      expect(r.error).toMatchObject({
        type: 'java.lang.Exception',
        message: 'Invalid order: Order id missing',
        line: 11,
      }),
  },
  {
    name: 'Java HashMap and ArrayList for a lookup',
    source: `importClass(java.util.HashMap);
importClass(java.util.ArrayList);
function processData(message) {
    var plants = new HashMap();
    plants.put("1000", "Hamburg");
    plants.put("2000", "Munich");
    var codes = message.getBody(java.lang.String).split(",");
    var names = new ArrayList();
    for (var i = 0; i < codes.length; i++) {
        var name = plants.get(codes[i].trim());
        names.add(name != null ? name : "unknown");
    }
    message.setBody(names);
    message.setProperty("count", names.size());
    return message;
}`,
    input: { body: '1000, 2000,3000' },
    expect: (r) => {
      expect(r.message.body).toEqual(['Hamburg', 'Munich', 'unknown']);
      expect(r.message.properties.count).toBe(3);
    },
  },
  {
    name: 'Basic authentication header with Base64',
    source: `importClass(java.util.Base64);
function processData(message) {
    var user = message.getProperty("user");
    var password = message.getProperty("password");
    var token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes("UTF-8"));
    message.setHeader("Authorization", "Basic " + token);
    message.setProperty("password", null);
    return message;
}`,
    input: { properties: { user: 'api', password: 's3cret' } },
    expect: (r) => {
      expect(r.message.headers.Authorization).toBe(
        `Basic ${Buffer.from('api:s3cret').toString('base64')}`,
      );
      expect(r.message.properties).toEqual({ user: 'api' });
    },
  },
  {
    name: 'XML string building',
    source: `function processData(message) {
    var items = JSON.parse(message.getBody(java.lang.String)).items;
    var xml = '<?xml version="1.0" encoding="UTF-8"?>\\n<Items>';
    for (var i = 0; i < items.length; i++) {
        xml += '<Item no="' + (i + 1) + '">' + escapeXml(items[i]) + '</Item>';
    }
    xml += '</Items>';
    message.setBody(xml);
    message.setHeader("Content-Type", "application/xml");
    return message;
}
function escapeXml(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;");
}`,
    input: { body: '{"items":["a<b","c&d"]}' },
    expect: (r) =>
      expect(r.message.body).toBe(
        '<?xml version="1.0" encoding="UTF-8"?>\n<Items><Item no="1">a&lt;b</Item><Item no="2">c&amp;d</Item></Items>',
      ),
  },
  {
    name: 'counting items in an XML payload',
    source: `function processData(message) {
    var body = message.getBody(java.lang.String);
    var matches = body.match(/<Item\\b/g);
    var count = matches == null ? 0 : matches.length;
    message.setProperty("ItemCount", count);
    message.setHeader("X-Item-Count", "" + count);
    return message;
}`,
    input: { body: '<Items><Item/><Item a="1"/><Items2/></Items>' },
    expect: (r) => {
      expect(r.message.properties.ItemCount).toBe(2);
      expect(r.message.headers['X-Item-Count']).toBe('2');
    },
  },
  {
    name: 'routing flag property',
    source: `function processData(message) {
    var order = JSON.parse(message.getBody(java.lang.String));
    var route = "standard";
    if (order.amount > 10000) route = "approval";
    else if (order.country == "US") route = "export";
    message.setProperty("RouteTo", route);
    message.setProperty("IsHighValue", order.amount > 10000);
    return message;
}`,
    input: { body: '{"amount":25000,"country":"DE"}' },
    expect: (r) => expect(r.message.properties).toEqual({ RouteTo: 'approval', IsHighValue: true }),
  },
  {
    name: 'reading CPI standard properties',
    source: `function processData(message) {
    var mplId = message.getProperty("SAP_MessageProcessingLogID");
    var level = message.getProperties().get("SAP_MPL_LogLevel_Overall");
    message.setHeader("X-Correlation-ID", mplId);
    if (level.equalsIgnoreCase("info")) message.setProperty("verbose", false);
    return message;
}`,
    input: withCpiDefaults({ body: '', headers: {}, properties: {} }, { now: 0, id: 'AGW4-abc' }),
    expect: (r) => {
      expect(r.message.headers['X-Correlation-ID']).toBe('AGW4-abc');
      expect(r.message.properties.verbose).toBe(false);
    },
  },
  {
    name: 'header case-insensitivity and typed getHeader',
    source: `function processData(message) {
    var len = message.getHeader("content-length", java.lang.Integer);
    var type = message.getHeader("CONTENT-TYPE", java.lang.String);
    message.setProperty("isJson", type.contains("json"));
    message.setProperty("big", len > 1000);
    return message;
}`,
    input: {
      headers: { 'Content-Length': '2048', 'Content-Type': 'application/json; charset=utf-8' },
    },
    expect: (r) => expect(r.message.properties).toEqual({ isJson: true, big: true }),
  },
  {
    name: 'splitting CSV lines into JSON records',
    source: `function processData(message) {
    var lines = message.getBody(java.lang.String).split("\\n");
    var header = lines[0].split(";");
    var records = [];
    for (var i = 1; i < lines.length; i++) {
        if (lines[i].trim().isEmpty()) continue;
        var cols = lines[i].split(";");
        var rec = {};
        for (var c = 0; c < header.length; c++) rec["" + header[c]] = "" + cols[c];
        records.push(rec);
    }
    message.setBody(JSON.stringify({ records: records }));
    return message;
}`,
    input: { body: 'id;name\n1;Ann\n2;Bob\n\n' },
    expect: (r) =>
      expect(JSON.parse(r.message.body as string)).toEqual({
        records: [
          { id: '1', name: 'Ann' },
          { id: '2', name: 'Bob' },
        ],
      }),
  },
  {
    name: 'mapping a property map to a query string',
    source: `importClass(java.util.TreeMap);
function processData(message) {
    var params = new TreeMap(message.getProperties());
    var parts = [];
    var keys = params.keySet().toArray();
    for (var i = 0; i < keys.length; i++) {
        if (!keys[i].startsWith("q_")) continue;
        parts.push(keys[i].substring(2) + "=" + encodeURIComponent(params.get(keys[i])));
    }
    message.setHeader("CamelHttpQuery", parts.join("&"));
    return message;
}`,
    input: { properties: { q_top: '10', q_filter: "name eq 'x'", other: '1' } },
    expect: (r) => expect(r.message.headers.CamelHttpQuery).toBe("filter=name%20eq%20'x'&top=10"),
  },
  {
    name: 'console logging and a StringBuilder report',
    source: `importClass(java.lang.StringBuilder);
function processData(message) {
    var sb = new StringBuilder();
    var props = message.getProperties();
    var keys = props.keySet().iterator();
    while (keys.hasNext()) {
        var k = keys.next();
        sb.append(k).append("=").append(props.get(k)).append(";");
    }
    console.log("properties: " + sb.toString());
    message.setBody(sb.toString());
    return message;
}`,
    input: { properties: { a: '1', b: 2 } },
    expect: (r) => {
      expect(r.message.body).toBe('a=1;b=2;');
      expect(r.logs).toEqual([{ level: 'log', text: 'properties: a=1;b=2;' }]);
    },
  },
];

describe('realistic CPI scripts', () => {
  it('has at least 15 of them', () => expect(cases.length).toBeGreaterThanOrEqual(15));
  for (const c of cases) {
    it(c.name, async () => {
      const r = await runOn(c.source, c.input);
      if (!c.name.startsWith('error handling')) expect(r.error).toBeUndefined();
      c.expect(r);
    });
  }
});
