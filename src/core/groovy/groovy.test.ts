import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateGroovyParser } from '../../../scripts/build-groovy-grammar';
import { runScript } from '../script';
import { translateGroovy } from './translate';

const DIR = new URL('./grammar/', import.meta.url).pathname;

async function run(source: string, body: unknown = '', headers: Record<string, unknown> = {}) {
  return runScript({
    source,
    language: 'groovy',
    message: { body, headers, properties: {} },
    fileName: 'script.groovy',
  });
}

describe('Groovy parser', () => {
  // Generating the parser from the grammar takes seconds, far more on a loaded machine.
  it('is up to date with groovy.grammar', () => {
    const fresh = generateGroovyParser();
    expect(
      readFileSync(`${DIR}parser.generated.ts`, 'utf8') === fresh.parser,
      'run `npm run groovy-grammar`',
    ).toBe(true);
    expect(
      readFileSync(`${DIR}parser.terms.generated.ts`, 'utf8') === fresh.terms,
      'run `npm run groovy-grammar`',
    ).toBe(true);
  }, 120_000);

  it('reports a syntax error at its Groovy line and column', () => {
    const r = translateGroovy('def x = 1\ndef y = (2 +\n');
    expect('error' in r && r.error.type).toBe('SyntaxError');
    expect('error' in r && r.error.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses unsupported features before running, naming them and the line', () => {
    const r = translateGroovy('def processData(m) {\n  evaluate("1+1")\n  return m\n}');
    expect('error' in r && r.error.message).toBe(
      'Groovy feature evaluate is not supported in the studio (line 2)',
    );
  });
});

describe('Groovy scripts in the sandbox', () => {
  it("run CPI's Hello World", async () => {
    const r = await run(
      'import com.sap.gateway.ip.core.customdev.util.Message\n\ndef Message processData(Message message) {\n    message.setBody("Hello world from IFlow")\n    return message\n}\n',
    );
    expect(r.error).toBeUndefined();
    expect(r.message.body).toBe('Hello world from IFlow');
  });

  it('map a JSON body with JsonSlurper, closures, GStrings and JsonOutput', async () => {
    const src = `import groovy.json.*
def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    def names = json.items.collect { it.name }
    def total = json.items.inject(0) { acc, item -> acc + item.qty }
    message.setHeader("X-Total", "\${total}")
    message.setProperty("names", names.join(','))
    message.setBody(JsonOutput.toJson([count: names.size(), first: names[0], big: total > 10]))
    return message
}`;
    const r = await run(
      src,
      JSON.stringify({
        items: [
          { name: 'a', qty: 5 },
          { name: 'b', qty: 7 },
        ],
      }),
    );
    expect(r.error).toBeUndefined();
    expect(r.message.body).toBe('{"count":2,"first":"a","big":true}');
    expect(r.message.headers['X-Total']).toBe('12');
    expect(r.message.properties.names).toBe('a,b');
  });

  it('have Groovy ==, truth, ?. ?: and ranges', async () => {
    const src = `def processData(message) {
    def a = [1, 2, 3]
    def empty = []
    String s = null
    def out = []
    out << (a == [1, 2, 3]) << (empty ? 'yes' : 'no') << (s?.length() ?: 'none') << (1..3).sum() << ('abc' ==~ /a.c/)
    message.setBody(out.join('|'))
    message
}`;
    const r = await run(src);
    expect(r.error).toBeUndefined();
    expect(r.message.body).toBe('true|no|none|6|true');
  });

  it('run switch on strings, regex and lists, try/catch/finally and classes', async () => {
    const src = `class Item {
    String name
    int qty
    def label() { return name + ':' + qty }
}
def kind(v) {
    switch (v) {
        case 'a': return 'letter a'
        case ~/\\d+/: return 'digits'
        case ['y', 'z']: return 'small'
        default: return 'other'
    }
}
def processData(message) {
    def parts = [kind('a'), kind('42'), kind('y'), kind('x')]
    try {
        throw new IllegalStateException('boom')
    } catch (IllegalStateException e) {
        parts << e.message
    } finally {
        parts << 'done'
    }
    parts << new Item(name: 'n', qty: 3).label()
    message.setBody(parts.join(','))
    return message
}`;
    const r = await run(src);
    expect(r.error).toBeUndefined();
    expect(r.message.body).toBe('letter a,digits,small,other,boom,done,n:3');
  });

  it('report a thrown exception with its type and the Groovy line', async () => {
    const r = await run(
      'def processData(message) {\n  def x = 1\n  throw new Exception("bad input")\n}',
    );
    expect(r.error).toMatchObject({
      type: 'java.lang.Exception',
      message: 'bad input',
      line: 3,
      fileName: 'script.groovy',
    });
  });

  it('read XML with XmlSlurper and GPath', async () => {
    const src = `def processData(message) {
    def root = new XmlSlurper().parseText(message.getBody(java.lang.String))
    def ids = root.Item.collect { it.@id.text() }
    message.setBody(ids.join(',') + ';' + root.Item[1].Name.text())
    return message
}`;
    const r = await run(
      src,
      '<Order><Item id="1"><Name>A</Name></Item><Item id="2"><Name>B</Name></Item></Order>',
    );
    expect(r.error).toBeUndefined();
    expect(r.message.body).toBe('1,2;B');
  });

  it('run command calls without parentheses (println, builder DSLs)', async () => {
    const src = `import groovy.xml.MarkupBuilder
def Message processData(Message message) {
    println "start"
    def writer = new StringWriter()
    def xml = new MarkupBuilder(writer)
    xml.Order(id: '9') {
        Customer 'ACME'
        Item(sku: 'a', 5)
    }
    message.setBody(writer.toString())
    return message
}`;
    const r = await run(src);
    expect(r.error).toBeUndefined();
    expect(r.logs.map((l) => l.text)).toEqual(['start']);
    expect(r.message.body).toBe(
      "<Order id='9'>\n  <Customer>ACME</Customer>\n  <Item sku='a'>5</Item>\n</Order>",
    );
  });

  it('hand JsonSlurper maps to the Message API (setHeaders, setProperty) in key order', async () => {
    const src = `import groovy.json.JsonSlurper
def Message processData(Message message) {
    def m = new JsonSlurper().parseText(message.getBody(String))
    message.setHeaders(m.headers)
    message.setProperty('all', m)
    return message
}`;
    const r = await run(src, '{"headers":{"b":"2","a":"1"},"n":1}');
    expect(r.error).toBeUndefined();
    expect(r.message.headers).toEqual({ a: '1', b: '2' });
    expect(r.message.properties.all).toEqual({ headers: { a: '1', b: '2' }, n: 1 });
  });

  it('report an error inside a closure at its Groovy line', async () => {
    const src =
      'def processData(message) {\n  def l = [1, 2]\n  l.each {\n    it.nothing()\n  }\n  message\n}';
    const r = await run(src);
    expect(r.error?.type).toBe('groovy.lang.MissingMethodException');
    expect(r.error?.line).toBe(4);
  });

  it('refuse @Grab before running', () => {
    const r = translateGroovy("@Grab('a:b:1')\nimport a.B\ndef processData(m) { m }");
    expect('error' in r && r.error.message).toBe(
      'Groovy feature @Grab is not supported in the studio (line 1)',
    );
  });
});
