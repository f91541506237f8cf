import { describe, expect, it } from 'vitest';
import { jsonToXml } from './jsonToXml';
import { jsonToXmlType } from '.';
import type { JsonToXmlConfig } from './config';
import { xmlToJson } from '../xmlToJson/xmlToJson';
import { runFlow } from '../../engine/runFlow';
import { fakeRunScript } from '../../engine/testing/fakeRunScript';
import { fixedOptions, lineFlow, summarize } from '../../engine/testing/flowFixture';

const base: JsonToXmlConfig = jsonToXmlType.defaultConfig();
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const convert = (json: unknown, c: Partial<JsonToXmlConfig> = {}) =>
  jsonToXml(JSON.stringify(json), { ...base, ...c }).slice(HEAD.length);

describe('jsonToXml', () => {
  it('turns "@attr" members into attributes and "$" into text', () => {
    expect(convert({ order: { '@id': '7', note: { '@lang': 'en', $: 'a < b & c' } } })).toBe(
      '<order id="7"><note lang="en">a &lt; b &amp; c</note></order>',
    );
  });

  it('repeats elements for arrays and writes scalars as text', () => {
    expect(convert({ order: { item: [1, 'two', true], total: 3.5 } })).toBe(
      '<order><item>1</item><item>two</item><item>true</item><total>3.5</total></order>',
    );
  });

  it('writes null and empty objects as empty elements', () => {
    expect(convert({ a: { b: null, c: {}, d: '' } })).toBe('<a><b/><c/><d></d></a>');
  });

  it('adds a root element (with namespace) around several members or an array', () => {
    expect(convert({ a: 1, b: 2 }, { addRootElement: true, rootElementName: 'root' })).toBe(
      '<root><a>1</a><b>2</b></root>',
    );
    expect(convert([{ a: 1 }, { a: 2 }], { addRootElement: true, rootElementName: 'row' })).toBe(
      '<row><a>1</a></row><row><a>2</a></row>',
    );
    expect(
      convert({ a: 1 }, { addRootElement: true, rootElementName: 'root', rootNamespace: 'urn:r' }),
    ).toBe('<root xmlns="urn:r"><a>1</a></root>');
  });

  it('refuses JSON with several top-level members when no root element is added', () => {
    expect(() => convert({ a: 1, b: 2 })).toThrow(/2 top-level members/);
    expect(() => convert([1])).toThrow(/must be an object with one member/);
    expect(() => jsonToXml('{bad', base)).toThrow(/not valid JSON/);
  });

  it('maps namespace prefixes with the JSON prefix separator', () => {
    const c = {
      useNamespaceMapping: true,
      namespaceMapping: 'ns=urn:orders',
      jsonPrefixSeparator: '_',
    };
    expect(convert({ ns_order: { ns_id: 1, other_x: 2 } }, c)).toBe(
      '<ns:order xmlns:ns="urn:orders"><ns:id>1</ns:id><other_x>2</other_x></ns:order>',
    );
    expect(
      convert(
        { 'ns:order': { '@ns:id': 1 } },
        { useNamespaceMapping: true, namespaceMapping: 'ns=urn:o' },
      ),
    ).toBe('<ns:order xmlns:ns="urn:o" ns:id="1"/>');
  });

  it('rejects member names that are not XML names', () => {
    expect(() => convert({ order: { '1st': 1 } })).toThrow('"1st" is not a valid XML element name');
    expect(() => convert({ 'my order': 1 })).toThrow(/not a valid XML element name/);
  });

  it('round-trips with the XML to JSON Converter', () => {
    const json = { order: { '@id': '7', item: ['1', '2'], note: { '@lang': 'en', $: 'hi' } } };
    const xml = jsonToXml(JSON.stringify(json), base);
    expect(
      JSON.parse(
        xmlToJson(xml, { arrayMode: 'auto', arrayElements: '', suppressRootElement: false }),
      ),
    ).toEqual(json);
  });

  it('runs as a step (golden) and validates its options', async () => {
    const flow = lineFlow([{ id: 'J2X', type: 'jsonToXml', config: { ...base } }]);
    const trace = await runFlow(
      flow,
      { body: '{"a":{"b":[1,2]}}', headers: {}, properties: {} },
      { runScript: fakeRunScript, ...fixedOptions },
    );
    expect(summarize(trace)).toEqual({
      status: 'completed',
      steps: ['Start -> SequenceFlow_1', 'J2X -> SequenceFlow_2', 'End'],
      body: `${HEAD}<a><b>1</b><b>2</b></a>`,
    });
    const bad = await runFlow(
      flow,
      { body: '{"a":1,"b":2}', headers: {}, properties: {} },
      { runScript: fakeRunScript, ...fixedOptions },
    );
    expect(bad.error).toMatchObject({ stepId: 'J2X', type: 'ConversionError' });
    const step = {
      ...flow.process.steps[1]!,
      config: {
        ...base,
        addRootElement: true,
        rootElementName: '1x',
        useNamespaceMapping: true,
        namespaceMapping: 'nope',
      },
    };
    expect(jsonToXmlType.validate!(step, flow).map((p) => p.field)).toEqual([
      'rootElementName',
      'namespaceMapping',
    ]);
  });
});
