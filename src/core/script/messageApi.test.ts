import { describe, expect, it } from 'vitest';
import { body, runOn } from './testing';

describe('Message API', () => {
  it('getBody in every CPI spelling returns the body as a Java-like string', async () => {
    const r = await runOn(
      body(`
  var a = message.getBody();
  var b = message.getBody(java.lang.String);
  var c = message.getBody(new java.lang.String().getClass());
  var d = message.getBody(String);
  message.setProperty("all", [a, b, c, d].join("|"));
  message.setProperty("len", b.length());
  message.setProperty("eq", b.equals("hello") && c.equalsIgnoreCase("HELLO") && d == "hello");`),
      { body: 'hello' },
    );
    expect(r.error).toBeUndefined();
    expect(r.message.properties).toEqual({ all: 'hello|hello|hello|hello', len: 5, eq: true });
  });

  it('setBody accepts strings, numbers, objects, Java maps and lists', async () => {
    const cases: [string, unknown][] = [
      ['"text"', 'text'],
      ['42', 42],
      ['{ a: 1, b: [true, null] }', { a: 1, b: [true, null] }],
      ['(function(){ var m = new java.util.HashMap(); m.put("k", "v"); return m; })()', { k: 'v' }],
      [
        '(function(){ var l = new java.util.ArrayList(); l.add(1); l.add("x"); return l; })()',
        [1, 'x'],
      ],
      ['new java.lang.String("java")', 'java'],
    ];
    for (const [expr, expected] of cases) {
      const r = await runOn(body(`message.setBody(${expr});`));
      expect(r.error).toBeUndefined();
      expect(r.message.body).toEqual(expected);
    }
  });

  it('getBody(String) of an object body is its JSON', async () => {
    const r = await runOn(
      body(`message.setProperty("s", "" + message.getBody(java.lang.String));`),
      {
        body: { a: 1 },
      },
    );
    expect(r.message.properties.s).toBe('{"a":1}');
  });

  it('getHeaders returns a live Java map', async () => {
    const r = await runOn(
      body(`
  var h = message.getHeaders();
  h.put("X-New", "1");
  h.remove("Remove-Me");
  var keys = [];
  var it = h.keySet().iterator();
  while (it.hasNext()) keys.push("" + it.next());
  var pairs = [];
  var entries = h.entrySet().toArray();
  for (var i = 0; i < entries.length; i++) pairs.push(entries[i].getKey() + "=" + entries[i].getValue());
  message.setProperty("keys", keys.join(","));
  message.setProperty("pairs", pairs.join(","));
  message.setProperty("size", h.size());
  message.setProperty("has", h.containsKey("content-type") + "/" + h.containsKey("nope") + "/" + h.isEmpty());
  message.setProperty("ct", h.get("Content-Type").toUpperCase());
  message.setProperty("values", h.values().size());`),
      { headers: { 'Content-Type': 'text/plain', 'Remove-Me': 'x' } },
    );
    expect(r.error).toBeUndefined();
    expect(r.message.headers).toEqual({ 'Content-Type': 'text/plain', 'X-New': '1' });
    expect(r.message.properties).toMatchObject({
      keys: 'Content-Type,X-New',
      pairs: 'Content-Type=text/plain,X-New=1',
      size: 2,
      has: 'true/false/false',
      ct: 'TEXT/PLAIN',
      values: 2,
    });
  });

  it('getHeader with a type, setHeader (null removes) and setHeaders', async () => {
    const r = await runOn(
      body(`
  var n = message.getHeader("count", java.lang.Integer);
  message.setHeader("next", n + 1);
  message.setHeader("gone", null);
  message.setProperty("type", typeof message.getHeader("count", java.lang.String));
  var m = new java.util.HashMap(message.getHeaders());
  m.put("extra", "e");
  message.setHeaders(m);`),
      { headers: { count: '41', gone: 'x' } },
    );
    expect(r.error).toBeUndefined();
    expect(r.message.headers).toEqual({ count: '41', next: 42, extra: 'e' });
    expect(r.message.properties.type).toBe('object');
  });

  it('getProperties is live; getProperty / setProperty / setProperties', async () => {
    const r = await runOn(
      body(`
  var p = message.getProperties();
  p.put("fromMap", "a");
  message.setProperty("fromSet", message.getProperty("in") + "!");
  message.setProperty("dropped", null);
  var copy = new java.util.HashMap();
  copy.putAll(p);
  copy.put("all", p.size());
  message.setProperties(copy);`),
      { properties: { in: 'x', dropped: 'y' } },
    );
    expect(r.error).toBeUndefined();
    expect(r.message.properties).toEqual({ in: 'x', fromMap: 'a', fromSet: 'x!', all: 3 });
  });

  it('getAttachments returns an (empty) Java map', async () => {
    const r = await runOn(body(`message.setProperty("n", message.getAttachments().size());`));
    expect(r.message.properties.n).toBe(0);
  });

  it('messageLogFactory log keeps properties, attachments and custom header properties', async () => {
    const r = await runOn(
      body(`
  var log = messageLogFactory.getMessageLog(message);
  if (log != null) {
    log.setStringProperty("Step", "mapping");
    log.addAttachmentAsString("Payload", message.getBody(java.lang.String), "text/xml");
    log.addCustomHeaderProperty("OrderId", "4711");
  }`),
      { body: '<a/>' },
    );
    expect(r.messageLog.properties).toEqual({ Step: 'mapping', OrderId: '4711' });
    expect(r.messageLog.attachments).toEqual([
      { name: 'Payload', type: 'text/xml', content: '<a/>' },
    ]);
    expect(r.messageLog.customHeaderProperties).toEqual([{ name: 'OrderId', value: '4711' }]);
  });

  it('setStringProperty writes a JavaScript object or array as Rhino converts it to a String', async () => {
    const r = await runOn(
      body(`
  var log = messageLogFactory.getMessageLog(message);
  log.setStringProperty("record", { id: 1 });
  log.setStringProperty("list", [1, "a"]);
  log.setStringProperty("count", 2);
  log.setStringProperty("map", new java.util.HashMap());`),
    );
    expect(r.messageLog.properties).toEqual({
      record: '[object Object]',
      list: '1,a',
      count: '2',
      map: '{}',
    });
  });

  it('console output is captured with its level', async () => {
    const r = await runOn(
      body(`
  console.log("a", 1, { b: 2 });
  console.info(message.getBody());
  console.warn(new java.util.HashMap());
  console.error("bad");`),
      { body: 'B' },
    );
    expect(r.logs).toEqual([
      { level: 'log', text: 'a 1 {"b":2}' },
      { level: 'info', text: 'B' },
      { level: 'warn', text: '{}' },
      { level: 'error', text: 'bad' },
    ]);
  });

  it('a missing return keeps the changed message; durationMs is measured', async () => {
    const r = await runOn('function processData(message) { message.setBody("x"); }');
    expect(r.message.body).toBe('x');
    expect(r.durationMs).toBeGreaterThan(0);
  });

  it('another function name can be called', async () => {
    const r = await runScript2();
    expect(r.message.body).toBe('custom');
  });
});

async function runScript2() {
  const { runScript } = await import('./runScript');
  return runScript({
    source: 'function transform(m) { m.setBody("custom"); return m; }',
    functionName: 'transform',
    message: { body: '', headers: {}, properties: {} },
  });
}
