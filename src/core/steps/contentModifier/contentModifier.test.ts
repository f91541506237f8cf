import { describe, expect, it } from 'vitest';
import { runFlow } from '../../engine/runFlow';
import { fakeRunScript } from '../../engine/testing/fakeRunScript';
import { fixedOptions, lineFlow, summarize } from '../../engine/testing/flowFixture';
import { contentModifierType } from '.';
import { xpathPrefixes } from './validateContentModifier';
import type { ModifierRow } from './config';

const row = (r: Partial<ModifierRow>): ModifierRow => ({
  action: 'Create',
  name: 'x',
  sourceType: 'Constant',
  sourceValue: '',
  dataType: 'java.lang.String',
  default: '',
  ...r,
});
const options = { runScript: fakeRunScript, ...fixedOptions };

function cmFlow(config: Record<string, unknown>) {
  return lineFlow([
    {
      id: 'CM',
      type: 'contentModifier',
      config: { ...contentModifierType.defaultConfig(), ...config },
    },
  ]);
}

describe('Content Modifier', () => {
  it('creates and deletes headers and properties top to bottom and sets the body (golden)', async () => {
    const flow = cmFlow({
      headers: [
        row({ name: 'orderId', sourceType: 'Header', sourceValue: 'id' }),
        row({ name: 'count', sourceValue: '12', dataType: 'java.lang.Integer' }),
        row({
          name: 'label',
          sourceType: 'Expression',
          sourceValue: 'Order ${header.orderId} on ${date:now:yyyy-MM-dd}',
        }),
        row({
          name: 'fromProp',
          sourceType: 'Property',
          sourceValue: 'missing',
          default: 'fallback',
        }),
        row({ action: 'Delete', name: 'X-*, id' }),
      ],
      properties: [
        row({ name: 'copy', sourceType: 'Expression', sourceValue: '${header.label}' }),
        row({ name: 'ok', sourceValue: 'TRUE', dataType: 'java.lang.Boolean' }),
        row({ action: 'Delete', name: 'old' }),
      ],
      bodyType: 'Expression',
      bodyValue:
        '{"id":"${header.orderId}","ex":"${exchangeId}","camel":"${camelId}","was":"${in.body}"}',
    });
    const trace = await runFlow(
      flow,
      {
        body: 'raw',
        headers: { id: 'A1', 'X-Trace': 't', 'X-Other': 'o' },
        properties: { old: 1 },
      },
      options,
    );
    expect(summarize(trace)).toEqual({
      status: 'completed',
      steps: ['Start -> SequenceFlow_1', 'CM -> SequenceFlow_2', 'End'],
      body: '{"id":"A1","ex":"ID-test-1","camel":"Flow_test","was":"raw"}',
    });
    expect(trace.output.headers).toEqual({
      orderId: 'A1',
      count: 12,
      label: 'Order A1 on 2026-03-05',
      fromProp: 'fallback',
    });
    expect(trace.output.properties).toMatchObject({ copy: 'Order A1 on 2026-03-05', ok: true });
    expect(trace.output.properties).not.toHaveProperty('old');
  });

  it('leaves the body alone when the body value is empty; Constant bodies are literal', async () => {
    const keep = await runFlow(cmFlow({}), { body: 'same', headers: {}, properties: {} }, options);
    expect(keep.output.body).toBe('same');
    const literal = await runFlow(
      cmFlow({ bodyValue: 'Hi ${header.x}' }),
      { body: '', headers: { x: 1 }, properties: {} },
      options,
    );
    expect(literal.output.body).toBe('Hi ${header.x}');
  });

  it('fails the step when a value does not fit its data type', async () => {
    const flow = cmFlow({
      headers: [
        row({ name: 'n', sourceType: 'Header', sourceValue: 'v', dataType: 'java.lang.Integer' }),
      ],
    });
    const trace = await runFlow(flow, { body: '', headers: { v: 'abc' }, properties: {} }, options);
    expect(trace.error).toMatchObject({
      stepId: 'CM',
      type: 'TypeError',
      message: 'Cannot convert "abc" to java.lang.Integer',
    });
  });

  it('validation flags unknown expressions, missing names and bad constants', () => {
    const flow = cmFlow({
      headers: [
        row({ name: '', sourceValue: 'a' }),
        row({ name: 'e', sourceType: 'Expression', sourceValue: '${header.a} ${foo}' }),
      ],
      properties: [
        row({ name: 'n', sourceValue: 'x1', dataType: 'java.lang.Integer' }),
        row({ name: 'h', sourceType: 'Header', sourceValue: '' }),
      ],
      bodyType: 'Expression',
      bodyValue: '${date:now:yyyy-qq}',
    });
    const step = flow.process.steps[1]!;
    expect(contentModifierType.validate!(step, flow).map((p) => [p.field, p.message])).toEqual([
      ['headers', 'CM: Header row 1 has no name'],
      ['headers', 'CM: Header row 2: Unknown expression "${foo}"'],
      ['properties', 'CM: Property row 1: Cannot convert "x1" to java.lang.Integer'],
      ['properties', 'CM: Property row 2 needs the name of the header to copy'],
      ['bodyValue', `CM: Message Body: Illegal pattern character 'q' in date pattern "yyyy-qq"`],
    ]);
  });

  it("reads XPath sources from the XML body with the flow's namespaces, then converts them", async () => {
    const flow = cmFlow({
      headers: [
        row({ name: 'id', sourceType: 'XPath', sourceValue: '/o:order/o:id' }),
        row({
          name: 'total',
          sourceType: 'XPath',
          sourceValue: 'sum(//o:item/@price)',
          dataType: 'java.lang.Integer',
        }),
        row({ name: 'missing', sourceType: 'XPath', sourceValue: '/o:order/o:none', default: '-' }),
      ],
      properties: [row({ name: 'customer', sourceType: 'XPath', sourceValue: '//name' })],
    });
    flow.settings.namespaceMapping = 'xmlns:o=urn:orders';
    const body =
      '<order xmlns="urn:orders"><id>42</id><item price="3"/><item price="4"/>' +
      '<c:customer xmlns:c="urn:c"><name xmlns="">Ada <b>L</b></name></c:customer></order>';
    const trace = await runFlow(flow, { body, headers: {}, properties: {} }, options);
    expect(trace.status).toBe('completed');
    expect(trace.output.headers).toMatchObject({ id: '42', total: 7, missing: '-' });
    expect(trace.output.properties).toMatchObject({ customer: 'Ada L' });
  });

  it('fails the step, naming the cause, when the body is not XML or a prefix is unbound', async () => {
    const flow = cmFlow({ headers: [row({ name: 'id', sourceType: 'XPath', sourceValue: '/a' })] });
    const notXml = await runFlow(flow, { body: '{"a":1}', headers: {}, properties: {} }, options);
    expect(notXml.error).toMatchObject({ stepId: 'CM' });
    expect(notXml.error?.message).toMatch(/not valid XML/);
    const unbound = cmFlow({
      headers: [row({ name: 'id', sourceType: 'XPath', sourceValue: '/p:a' })],
    });
    const run = await runFlow(unbound, { body: '<a/>', headers: {}, properties: {} }, options);
    expect(run.error).toMatchObject({ stepId: 'CM' });
    expect(run.error?.message).toMatch(/XPath "\/p:a" failed/);
  });

  it('validation flags empty and malformed XPath and prefixes the Namespace Mapping lacks', () => {
    const flow = cmFlow({
      headers: [
        row({ name: 'a', sourceType: 'XPath', sourceValue: '' }),
        row({ name: 'b', sourceType: 'XPath', sourceValue: '/order[' }),
        row({ name: 'c', sourceType: 'XPath', sourceValue: "/ns0:order/p:id[. = 'x:y']" }),
      ],
    });
    flow.settings.namespaceMapping = 'ns0=urn:orders';
    const step = flow.process.steps[1]!;
    expect(contentModifierType.validate!(step, flow).map((p) => p.message)).toEqual([
      'CM: Header row 1 needs an XPath expression',
      expect.stringMatching(/^CM: Header row 2: Invalid XPath "\/order\["/),
      'CM: Header row 3: the XPath uses the prefix "p", which the Integration Process\'s Namespace Mapping does not define',
    ]);
  });

  it('finds the prefixes an XPath uses, not axes, functions or text in quotes', () => {
    expect(xpathPrefixes('/a:b/child::c:d[@e:f = \'g:h\']//*[local-name() = "i:j"]')).toEqual([
      'a',
      'c',
      'e',
    ]);
    expect(xpathPrefixes('count(//item) > 2 and ns:x')).toEqual(['ns']);
  });

  it('has a strict config schema', () => {
    expect(
      contentModifierType.configSchema.safeParse(contentModifierType.defaultConfig()).success,
    ).toBe(true);
    expect(
      contentModifierType.configSchema.safeParse({
        ...contentModifierType.defaultConfig(),
        extra: 1,
      }).success,
    ).toBe(false);
  });
});
