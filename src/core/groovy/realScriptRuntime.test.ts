// Runtime behaviour real CPI scripts rely on (XML changes, named time zones), each with the
// result real Groovy 2.4 gives.
import { describe, expect, it } from 'vitest';
import { runScript } from '../script';

async function run(source: string, input = ''): Promise<{ body: unknown; error?: string }> {
  const r = await runScript({
    source: `def processData(message) {\n${source}\nreturn message\n}`,
    language: 'groovy',
    message: { body: input, headers: {}, properties: {} },
    fileName: 'script.groovy',
  });
  return r.error
    ? { body: null, error: `${r.error.type}: ${r.error.message}` }
    : { body: r.message.body };
}

describe('Groovy runtime for real CPI scripts', () => {
  it('removes and replaces XmlSlurper nodes and writes them with XmlUtil and mkp.yield', async () => {
    const src = `def x = new XmlSlurper().parseText('<a><b>1</b><c x="y">2</c><d/></a>')
    x.b.replaceNode {}
    x.d.replaceNode { node -> e(n: 1, 'new') }
    x.appendNode { f('tail') }
    message.setBody(groovy.xml.XmlUtil.serialize(x) + '|' + new groovy.xml.StreamingMarkupBuilder().bind { mkp.yield x.c }.toString())`;
    expect((await run(src)).body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><a>\n  <c x="y">2</c>\n  <e n="1">new</e>\n  <f>tail</f>\n</a>\n' +
        "|<c x='y'>2</c>",
    );
  });

  it('changes XmlParser nodes and writes them as Groovy writes a Node', async () => {
    const src = `def p = new XmlParser().parseText('<s><id>S1</id><n>N</n></s>')
    p.children().add(0, new XmlParser().parseText('<c><k>v</k></c>'))
    p.remove(p.n[0])
    p.appendNode('note', [lang: 'en'], 'hi')
    message.setBody(groovy.xml.XmlUtil.serialize(p))`;
    expect((await run(src)).body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><s>\n    \n  <c>\n        \n    <k>v</k>\n      \n  </c>\n' +
        '    \n  <id>S1</id>\n    \n  <note lang="en">hi</note>\n  \n</s>\n',
    );
  });

  it('formats dates in CET and America/New_York with daylight saving', async () => {
    const src = `def at = new Date(1719835200000L)
    message.setBody(at.format('HH:mm z', TimeZone.getTimeZone('CET')) + ' ' + at.format('HH:mm z', TimeZone.getTimeZone('America/New_York')))`;
    expect((await run(src)).body).toBe('14:00 CEST 08:00 EDT');
  });

  it('has no plus on a Boolean, as Groovy', async () => {
    expect((await run(`message.setBody(true + '/')`)).error).toBe(
      'groovy.lang.MissingMethodException: No signature of method: java.lang.Boolean.plus() is applicable for argument types: (java.lang.String) values: [/]',
    );
  });

  it('gives each switch case its own scope (two cases may declare the same name)', async () => {
    const src = `def out = []
    ['a', 'b', 'z'].each { v ->
      switch (v) {
        case 'a':
          String x = 'A'
          out << x
        case 'b':
          String x = 'B'
          out << x
          break
        default:
          out << 'd'
      }
    }
    message.setBody(out.join(','))`;
    expect((await run(src)).body).toBe('A,B,B,d');
  });

  it("fails on bad XML and JSON with Java's and Groovy's exceptions and words", async () => {
    const cases: [string, string][] = [
      [
        'new XmlSlurper().parseText(\'{"a":1}\')',
        'org.xml.sax.SAXParseException: Content is not allowed in prolog.',
      ],
      ["new XmlSlurper().parseText('')", 'org.xml.sax.SAXParseException: Premature end of file.'],
      [
        "new XmlParser().parseText('<a><b></a>')",
        'org.xml.sax.SAXParseException: The element type "b" must be terminated by the matching end-tag "</b>".',
      ],
      [
        'new XmlParser().parseText(null)',
        'java.lang.NullPointerException: Cannot invoke "String.length()" because "s" is null',
      ],
      [
        "'abc'.substring(0, 5)",
        'java.lang.StringIndexOutOfBoundsException: begin 0, end 5, length 3',
      ],
    ];
    for (const [expr, error] of cases) expect((await run(expr)).error, expr).toBe(error);
    const json = await run(`new groovy.json.JsonSlurper().parseText('{"a": x}')`);
    expect(json.error).toBe(
      'groovy.json.JsonException: Unable to determine the current character, it is not a string, number, array, or object\n\nThe current character read is \'x\' with an int value of 120\nUnable to determine the current character, it is not a string, number, array, or object\nline number 1\nindex number 6\n{"a": x}\n......^',
    );
    const list = await run(`new groovy.json.JsonSlurper().parseText('[1 2]')`);
    expect(list.error).toBe(
      "groovy.json.JsonException: expecting a ',' or a ']',  but got \nthe current character of  '2' with an int value of 50  on array index of 1 \n\n\nThe current character read is '2' with an int value of 50\nexpecting a ',' or a ']',  but got \nthe current character of  '2' with an int value of 50  on array index of 1 \n\nline number 1\nindex number 3\n[1 2]\n...^",
    );
  });

  it('writes MarkupBuilder output through an IndentPrinter, and maps with toMapString', async () => {
    const src = `def w = new StringWriter()
    new groovy.xml.MarkupBuilder(new IndentPrinter(w, '', false)).a(n: 1) { b('x') }
    def v = new StringWriter()
    new groovy.xml.MarkupBuilder(new IndentPrinter(v, ' ')).a { b('x') }
    message.setBody(w.toString() + '|' + v.toString() + '|' + [a: 1, b: [c: 'x']].toMapString())`;
    expect((await run(src)).body).toBe("<a n='1'><b>x</b></a>|<a>\n <b>x</b>\n</a>|[a:1, b:[c:x]]");
  });

  it("parses with Groovy's Date.parse(format, text) and reads an empty System.env", async () => {
    const src = `def d = Date.parse('yyyy-MM-dd HH:mm:ssZ', '2024-07-01 12:00:00+0200')
    message.setBody("\${d.time}|\${System.env['TENANT_NAME']}|\${System.getenv('X')}|\${System.getenv().size()}")`;
    expect((await run(src)).body).toBe('1719828000000|null|null|0');
  });
});
