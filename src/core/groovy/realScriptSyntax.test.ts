// Syntax that real CPI scripts use (found in public iFlow repositories), each run in the sandbox
// with the result real Groovy 2.4 gives.
import { describe, expect, it } from 'vitest';
import { runScript } from '../script';
import { translateGroovy } from './translate';

async function body(source: string, input = ''): Promise<unknown> {
  const r = await runScript({
    source: `def processData(message) {\n${source}\nreturn message\n}`,
    language: 'groovy',
    message: { body: input, headers: {}, properties: {} },
    fileName: 'script.groovy',
  });
  if (r.error) throw new Error(`${r.error.type}: ${r.error.message} (line ${r.error.line})`);
  return r.message.body;
}

describe('Groovy syntax of real CPI scripts', () => {
  it('continues a call chain on an indented next line', async () => {
    const src = `def s = message.getBody(String)
    def out = s.replaceAll("&", "&amp;")
        .replaceAll("<", "&lt;")

        .toUpperCase()
    message.setBody(out)`;
    expect(await body(src, 'a<b&c')).toBe('A&LT;B&AMP;C');
  });

  it('takes def in parameter lists, closure parameters and after modifiers', async () => {
    const src = `message.setBody([1, 2].collect { def n -> twice(n) }.join(',') + ':' + label('x'))
}
def twice(def n) { n * 2 }
def private String label(String s) { "[$s]" }
def unused() {`;
    expect(await body(src)).toBe('2,4:[x]');
  });

  it('reads nested generics closed by >> and >>>', async () => {
    const src = `Map<String, List<String>> m = [a: ['1']]
    Map<String, Map<String, List<String>>> n = [x: m]
    message.setBody(n.x.a[0] + (16 >> 2) + (16 >>> 3))`;
    expect(await body(src)).toBe('142');
  });

  it('takes an array type as a value: getBody(byte[])', async () => {
    const src = `byte[] a = message.getBody(byte[])
    byte[] b = message.getBody((byte[]).class)
    message.setBody(new String(a, 'UTF-8') + b.length)`;
    expect(await body(src, 'héllo')).toBe('héllo6');
  });

  it('allows comments between } and else, and labels, synchronized blocks', async () => {
    const src = `def out = []
    if (out) {
      out << 'x'
    }
    // otherwise
    else {
      out << 'empty'
    }
    rows: for (i in 1..3) {
      for (j in 1..3) {
        if (j == 2) continue rows
        if (i == 3) break rows
        out << "$i$j"
      }
    }
    synchronized (out) { out << 'locked' }
    message.setBody(out.join(','))`;
    expect(await body(src)).toBe('empty,11,21,locked');
  });

  it('reads command calls whose first argument is any expression, with quoted names', async () => {
    const src = `def w = new StringWriter()
    def xml = new groovy.xml.MarkupBuilder(w)
    def order = [id: 7, lines: ['a', 'b']]
    xml.'order-header' {
      'po-number' 'PO-' + order.id
      'line-count' order.lines.size() * 10
      'first' order.lines[0].toUpperCase()
      'items' {
        order.lines.each { l -> item l }
      }
    }
    println order.id + 1
    message.setBody(w.toString())`;
    expect(await body(src)).toBe(
      '<order-header>\n  <po-number>PO-7</po-number>\n  <line-count>20</line-count>\n  <first>A</first>\n  <items>\n    <item>a</item>\n    <item>b</item>\n  </items>\n</order-header>',
    );
  });

  it('keeps `x in list`, `x as T` and declarations apart from command calls', async () => {
    const src = `String s = 'b'
    def hits = ['a', 'b', 'c'].findAll { it in ['a', s] }.collect { it as String }
    message.setBody(hits.join('+'))`;
    expect(await body(src)).toBe('a+b');
  });

  it('refuses only the script-level evaluate(), not an evaluate method of an object', () => {
    expect('error' in translateGroovy('def r = xpath.evaluate("/a", doc)')).toBe(false);
    const r = translateGroovy('evaluate("1 + 1")');
    expect('error' in r && r.error.message).toMatch(/evaluate is not supported/);
  });

  it('writes an XML declaration with MarkupBuilder and takes a ByteArrayOutputStream body', async () => {
    const xml = `def w = new StringWriter()
    def b = new groovy.xml.MarkupBuilder(w)
    b.mkp.xmlDeclaration(version: '1.0', encoding: 'UTF-8')
    b.r { z 1 }
    message.setBody(w.toString())`;
    expect(await body(xml)).toBe("<?xml version='1.0' encoding='UTF-8'?>\n<r>\n  <z>1</z>\n</r>");
    const stream = `def out = new ByteArrayOutputStream()
    out.write('SGk='.decodeBase64())
    message.setBody(out)`;
    expect(await body(stream)).toBe('Hi');
  });
});
