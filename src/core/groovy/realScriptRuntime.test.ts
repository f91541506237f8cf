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
});
