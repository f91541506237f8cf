import { describe, expect, it } from 'vitest';
import { filterType } from '.';
import type { FilterConfig } from './config';
import { runFlow } from '../../engine/runFlow';
import { fakeRunScript } from '../../engine/testing/fakeRunScript';
import { fixedOptions, lineFlow, summarize } from '../../engine/testing/flowFixture';
import { exportCamelYaml } from '../../io/camel/exportCamel';
import { expectValidCamel } from '../../io/camel/testing/camelSchema';
import { helloWorldBase } from '../../io/fixtures/helloWorld';

const orders = `<?xml version="1.0" encoding="UTF-8"?>
<Orders><Order id="1"><Status>open</Status><Amount>12.5</Amount></Order><Order id="2"><Status>done</Status><Amount>7</Amount></Order><Order id="3"><Status>open</Status><Amount>3</Amount></Order></Orders>`;

function filterFlow(config: Partial<FilterConfig>, namespaceMapping = '') {
  const flow = lineFlow([
    {
      id: 'Filter_1',
      type: 'filter',
      name: 'Open orders',
      config: { ...filterType.defaultConfig(), ...config },
    },
  ]);
  flow.settings.namespaceMapping = namespaceMapping;
  return flow;
}

async function run(config: Partial<FilterConfig>, body = orders, namespaceMapping = '') {
  return runFlow(
    filterFlow(config, namespaceMapping),
    { body, headers: {}, properties: {} },
    { runScript: fakeRunScript, ...fixedOptions },
  );
}

describe('Filter', () => {
  it('Nodelist keeps every node found, one after the other (golden)', async () => {
    expect(summarize(await run({ xpathExpression: "/Orders/Order[Status='open']" }))).toEqual({
      status: 'completed',
      steps: ['Start -> SequenceFlow_1', 'Filter_1 -> SequenceFlow_2', 'End'],
      body: '<Order id="1"><Status>open</Status><Amount>12.5</Amount></Order><Order id="3"><Status>open</Status><Amount>3</Amount></Order>',
    });
  });

  it.each<[FilterConfig['valueType'], string, string]>([
    ['Node', '//Order/Status', '<Status>open</Status>'],
    ['Node', '//Missing', ''],
    ['String', '//Order[2]/Status', 'done'],
    ['String', '//Missing', ''],
    ['Boolean', "//Order[Status='done']", 'true'],
    ['Boolean', "//Order[Status='lost']", 'false'],
    ['Integer', '//Order[1]/Amount', '12'],
    ['Integer', 'count(//Order)', '3'],
    ['String', 'sum(//Amount)', '22.5'],
  ])('%s of %s → %s', async (valueType, xpathExpression, body) => {
    const trace = await run({ valueType, xpathExpression });
    expect(trace.error).toBeUndefined();
    expect(trace.output?.body).toBe(body);
  });

  it("uses the Integration Process's Namespace Mapping for prefixes", async () => {
    const body =
      '<o:Orders xmlns:o="urn:orders"><o:Order>1</o:Order><o:Order>2</o:Order></o:Orders>';
    const trace = await run({ xpathExpression: '/x:Orders/x:Order[2]' }, body, 'x=urn:orders');
    expect(trace.output?.body).toBe('<o:Order xmlns:o="urn:orders">2</o:Order>');
  });

  it('reads $name as a header, else an exchange property', async () => {
    const trace = await runFlow(
      filterFlow({ xpathExpression: '/Orders/Order[Amount > $limit]/@id', valueType: 'String' }),
      { body: orders, headers: {}, properties: { limit: '10' } },
      { runScript: fakeRunScript, ...fixedOptions },
    );
    expect(trace.output?.body).toBe('1');
    const header = await runFlow(
      filterFlow({ xpathExpression: 'count(//Order[Status = $status])', valueType: 'Integer' }),
      { body: orders, headers: { status: 'open' }, properties: { status: 'done' } },
      { runScript: fakeRunScript, ...fixedOptions },
    );
    expect(header.output?.body).toBe('2');
    const missing = await run({ xpathExpression: '//Order[Amount > $nothing]' });
    expect(missing.error?.message).toBe(
      'XPath "//Order[Amount > $nothing]" failed: $nothing is neither a header nor an exchange property of the message',
    );
  });

  it('fails with a clear error for a non-XML body, a bad XPath, or a node type over a value', async () => {
    const notXml = await run({ xpathExpression: '/Orders' }, '{"orders": []}');
    expect(notXml.error).toMatchObject({ stepId: 'Filter_1', type: 'XmlBodyError' });
    expect(notXml.error?.message).toMatch(/^The message body is not valid XML/);
    const bad = await run({ xpathExpression: '/Orders/items()' });
    expect(bad.error).toMatchObject({ type: 'ExpressionError' });
    expect(bad.error?.message).toMatch(/^Invalid XPath "\/Orders\/items\(\)"/);
    const value = await run({ xpathExpression: 'count(//Order)', valueType: 'Node' });
    expect(value.error?.message).toBe(
      'XPath "count(//Order)" gives a number, not nodes; choose Value Type String, Integer or Boolean',
    );
    const nan = await run({ xpathExpression: '//Status', valueType: 'Integer' });
    expect(nan.error?.message).toBe(
      'XPath "//Status" gives "open", which is not a number (Value Type Integer)',
    );
    const unbound = await run({ xpathExpression: '/p:Orders' });
    expect(unbound.error).toMatchObject({ type: 'ExpressionError' });
  });

  it('validation: an expression is required, well-formed, and its prefixes mapped', () => {
    const problems = (config: Partial<FilterConfig>, mapping = '') => {
      const flow = filterFlow(config, mapping);
      return filterType.validate!(flow.process.steps[1]!, flow).map((p) => [p.field, p.message]);
    };
    expect(problems({})).toEqual([['xpathExpression', 'Open orders: enter an XPath Expression']]);
    expect(problems({ xpathExpression: '//Order[' })).toEqual([
      ['xpathExpression', expect.stringMatching(/^Open orders: Invalid XPath "\/\/Order\["/)],
    ]);
    expect(problems({ xpathExpression: '/o:Orders' })).toEqual([
      [
        'xpathExpression',
        'Open orders: the XPath uses the prefix "o", which the Integration Process\'s Namespace Mapping does not define',
      ],
    ]);
    expect(problems({ xpathExpression: '/o:Orders' }, 'o=urn:orders')).toEqual([]);
  });

  it('exports to Camel as setBody with an xpath of the value type', async () => {
    const flow = helloWorldBase();
    flow.settings.namespaceMapping = 'o=urn:o';
    const step = flow.process.steps.find((s) => s.id === 'Script_1')!;
    step.type = 'filter';
    step.config = { xpathExpression: '/o:Orders/o:Order', valueType: 'Nodelist' };
    const route = JSON.stringify(expectValidCamel(await exportCamelYaml(flow)));
    expect(route).toContain(
      '{"setBody":{"xpath":{"expression":"/o:Orders/o:Order","resultQName":"NODESET","namespace":[{"key":"o","value":"urn:o"}]}}},{"convertBodyTo":{"type":"java.lang.String"}}',
    );
    step.config = { xpathExpression: 'count(//o:Order)', valueType: 'Integer' };
    expect(JSON.stringify(expectValidCamel(await exportCamelYaml(flow)))).toContain(
      '"resultQName":"NUMBER","resultType":"java.lang.Integer"',
    );
  });
});

describe('Filter in CPI content', () => {
  const element = (props: Record<string, string>) => ({
    tag: 'callActivity',
    id: 'CallActivity_9',
    name: 'Filter open',
    props: { activityType: 'Filter', ...props },
    bounds: [450, 130, 100, 60] as [number, number, number, number],
  });

  async function roundTrip(props: Record<string, string>) {
    const { importIflw, writeIflw } = await import('../../io/cpi');
    const { stepsIflw } = await import('../../io/cpi/fixtures/iflwBuilder');
    const xml = stepsIflw(element(props));
    const { flow, report } = await importIflw(xml, 'x.iflw');
    return { xml, flow, report, writeIflw };
  }

  it.each([
    ['ctype::FlowstepVariant/cname::Filter/version::1.1.0', '1.1'],
    ['ctype::FlowstepVariant/cname::Filter/version::1.0.4', '1.0'],
    ['ctype::FlowstepVariant/cname::Filter', undefined],
  ])('reads and writes back every property of %s', async (uri, version) => {
    const props: Record<string, string> = {
      xpathType: 'Node',
      wrapContent: "/Record/data[empNo != '']",
      cmdVariantUri: uri,
      ...(version ? { componentVersion: version } : {}),
    };
    const { flow, report, writeIflw } = await roundTrip(props);
    // Nothing left unmapped: not a placeholder, no property kept aside.
    expect(report.entries.filter((e) => e.elementId === 'CallActivity_9')).toEqual([]);
    const step = flow.process.steps.find((s) => s.id === 'CallActivity_9')!;
    expect(step.type).toBe('filter');
    expect(step.config).toEqual({
      xpathExpression: "/Record/data[empNo != '']",
      valueType: 'Node',
    });
    const out = await writeIflw(flow);
    const from = out.indexOf('id="CallActivity_9"');
    const part = out.slice(from, out.indexOf('</bpmn2:callActivity>', from));
    const written = Object.fromEntries(
      [...part.matchAll(/<key>([^<]*)<\/key>\s*<value>([^<]*)<\/value>/g)].map((m) => [m[1], m[2]]),
    );
    expect(written).toEqual({ activityType: 'Filter', ...props });
  });

  it('a changed Value Type writes the new xpathType', async () => {
    const { flow, writeIflw } = await roundTrip({ xpathType: 'Nodelist', wrapContent: '//IDOC' });
    const step = flow.process.steps.find((s) => s.id === 'CallActivity_9')!;
    step.config = { ...step.config, valueType: 'String' };
    expect(await writeIflw(flow)).toMatch(/<key>xpathType<\/key>\s*<value>String<\/value>/);
  });
});
