import { describe, expect, it } from 'vitest';
import { xmlToJson } from './xmlToJson';
import { xmlToJsonType } from '.';
import type { XmlToJsonConfig } from './config';
import { runFlow } from '../../engine/runFlow';
import { fakeRunScript } from '../../engine/testing/fakeRunScript';
import { fixedOptions, lineFlow, summarize } from '../../engine/testing/flowFixture';

const base: XmlToJsonConfig = { arrayMode: 'auto', arrayElements: '', suppressRootElement: false };
const convert = (xml: string, c: Partial<XmlToJsonConfig> = {}) =>
  JSON.parse(xmlToJson(xml, { ...base, ...c })) as unknown;

describe('xmlToJson', () => {
  it('writes attributes as "@attr" and text beside them as "$"', () => {
    expect(convert('<order id="7" type="A"><note lang="en">Hi</note></order>')).toEqual({
      order: { '@id': '7', '@type': 'A', note: { '@lang': 'en', $: 'Hi' } },
    });
  });

  it('turns repeated elements into arrays; single ones stay objects unless listed', () => {
    const xml = '<order><item>1</item><item>2</item><box><item>3</item></box></order>';
    expect(convert(xml)).toEqual({ order: { item: ['1', '2'], box: { item: '3' } } });
    expect(convert(xml, { arrayMode: 'specific', arrayElements: '/order/box/item' })).toEqual({
      order: { item: ['1', '2'], box: { item: ['3'] } },
    });
    expect(convert(xml, { arrayMode: 'specific', arrayElements: 'item' })).toEqual({
      order: { item: ['1', '2'], box: { item: ['3'] } },
    });
    expect(convert(xml, { arrayMode: 'all' })).toEqual({
      order: { item: ['1', '2'], box: [{ item: ['3'] }] },
    });
  });

  it('keeps namespace prefixes and declarations', () => {
    expect(convert('<ns:order xmlns:ns="urn:o"><ns:id>1</ns:id></ns:order>')).toEqual({
      'ns:order': { '@xmlns:ns': 'urn:o', 'ns:id': '1' },
    });
  });

  it('writes empty elements as empty strings and keeps values as text', () => {
    expect(convert('<a><b/><c></c><d>007</d><e>true</e></a>')).toEqual({
      a: { b: '', c: '', d: '007', e: 'true' },
    });
  });

  it('joins mixed content text and keeps the child elements', () => {
    expect(convert('<p>Hello <b>big</b> world</p>')).toEqual({ p: { b: 'big', $: 'Hello world' } });
  });

  it('suppresses the JSON root element on request', () => {
    expect(convert('<order><id>1</id></order>', { suppressRootElement: true })).toEqual({
      id: '1',
    });
  });

  it('ignores the XML declaration, comments and CDATA wrappers', () => {
    expect(convert('<?xml version="1.0"?><!-- c --><a><![CDATA[x < y]]></a>')).toEqual({
      a: 'x < y',
    });
  });

  it('rejects bodies that are not XML', () => {
    expect(() => xmlToJson('<a><b></a>', base)).toThrow(/not valid XML/);
    expect(() => xmlToJson('{"a":1}', base)).toThrow();
  });

  it('runs as a step (golden) and validates its options', async () => {
    const flow = lineFlow([{ id: 'X2J', type: 'xmlToJson', config: { ...base } }]);
    expect(
      summarize(
        await runFlow(
          flow,
          { body: '<a x="1">t</a>', headers: {}, properties: {} },
          { runScript: fakeRunScript, ...fixedOptions },
        ),
      ),
    ).toEqual({
      status: 'completed',
      steps: ['Start -> SequenceFlow_1', 'X2J -> SequenceFlow_2', 'End'],
      body: '{"a":{"@x":"1","$":"t"}}',
    });
    const step = { ...flow.process.steps[1]!, config: { ...base, arrayMode: 'specific' } };
    expect(xmlToJsonType.validate!(step, flow).map((p) => p.message)).toEqual([
      'X2J: list at least one element to convert to an array',
    ]);
  });
});

describe('XML to JSON Converter in CPI content', () => {
  it("reads CPI's table of elements to convert to arrays, and writes it as CPI does", async () => {
    const { importIflw, writeIflw } = await import('../../io/cpi');
    const { stepsIflw } = await import('../../io/cpi/fixtures/iflwBuilder');
    const table =
      '<row><cell>root/SelectStatement_response/row</cell><cell></cell></row><row><cell>/Titles/Title</cell><cell></cell></row>';
    const xml = stepsIflw({
      tag: 'callActivity',
      id: 'CallActivity_1',
      name: 'XML to JSON Converter',
      props: {
        activityType: 'XmlToJsonConverter',
        xmlJsonConvertAllElements: 'specific',
        xmlJsonPathTable: table,
        jsonOutputSuppressRoot: 'false',
      },
      bounds: [450, 130, 100, 60],
    });
    const { flow } = await importIflw(xml, 'x.iflw');
    const step = flow.process.steps.find((s) => s.id === 'CallActivity_1')!;
    expect(step.config.arrayElements).toBe('root/SelectStatement_response/row\n/Titles/Title');
    step.config = { ...step.config, arrayElements: '/a/b' };
    expect(await writeIflw(flow)).toContain(
      '<value>&lt;row&gt;&lt;cell&gt;/a/b&lt;/cell&gt;&lt;cell&gt;&lt;/cell&gt;&lt;/row&gt;</value>',
    );
  });
});
