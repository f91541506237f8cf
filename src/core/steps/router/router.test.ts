import { describe, expect, it } from 'vitest';
import { runFlow } from '../../engine/runFlow';
import { fakeRunScript } from '../../engine/testing/fakeRunScript';
import { fixedOptions, flowFixture, summarize } from '../../engine/testing/flowFixture';
import { routerType } from '.';

const options = { runScript: fakeRunScript, ...fixedOptions };
const route = (condition: string, extra: Record<string, unknown> = {}) => ({
  expressionType: 'NonXML',
  condition,
  isDefault: false,
  ...extra,
});

function routerFlow(
  routes: { id: string; config: Record<string, unknown> }[],
  routerConfig: Record<string, unknown> = {},
) {
  return flowFixture({
    steps: [
      { id: 'Start', type: 'startEvent' },
      { id: 'Router', type: 'router', config: { ...routerType.defaultConfig(), ...routerConfig } },
      ...routes.map((r) => ({ id: `End_${r.id}`, type: 'endEvent' })),
    ],
    links: [
      { id: 'toRouter', source: 'Start', target: 'Router' },
      ...routes.map((r) => ({
        id: r.id,
        name: `Route ${r.id}`,
        source: 'Router',
        target: `End_${r.id}`,
        config: r.config,
      })),
    ],
  });
}

const msg = (headers: Record<string, unknown>, body = '') => ({ body, headers, properties: {} });

describe('Router', () => {
  const flow = routerFlow([
    { id: 'A', config: route("${header.type} = 'A'") },
    { id: 'Big', config: route("${header.amount} > 100 and ${header.country} in 'DE,FR'") },
    { id: 'Xml', config: route("/order/@priority = 'high'", { expressionType: 'XML' }) },
    { id: 'Other', config: route('', { isDefault: true }) },
  ]);

  it('takes the first matching route in link order (golden)', async () => {
    expect(
      summarize(await runFlow(flow, msg({ type: 'A', amount: 500, country: 'DE' }), options)),
    ).toEqual({
      status: 'completed',
      steps: ['Start -> toRouter', 'Router -> A', 'End_A'],
      body: '',
    });
    expect(
      summarize(await runFlow(flow, msg({ type: 'B', amount: 500, country: 'FR' }), options)).steps,
    ).toEqual(['Start -> toRouter', 'Router -> Big', 'End_Big']);
    const xml = await runFlow(flow, msg({ type: 'B' }, '<order priority="high"/>'), options);
    expect(xml.route).toEqual(['toRouter', 'Xml']);
    const other = await runFlow(flow, msg({ type: 'B' }, '<order priority="low"/>'), options);
    expect(other.route).toEqual(['toRouter', 'Other']);
    expect(other.entries[1]!.logs[0]!.text).toBe('No condition matched; default route taken');
  });

  it('routeOrder overrides link order', async () => {
    const ordered = routerFlow(
      [
        { id: 'A', config: route("${header.type} = 'A'") },
        { id: 'Any', config: route("${header.type} != 'zzz'") },
        { id: 'D', config: route('', { isDefault: true }) },
      ],
      { routeOrder: ['Any'] },
    );
    expect((await runFlow(ordered, msg({ type: 'A' }), options)).route).toEqual([
      'toRouter',
      'Any',
    ]);
  });

  it('raises an error when no route matches and the router says so', async () => {
    const strict = routerFlow(
      [
        { id: 'A', config: route("${header.type} = 'A'") },
        { id: 'B', config: route("${header.type} = 'B'") },
      ],
      {
        noMatch: 'error',
      },
    );
    const trace = await runFlow(strict, msg({ type: 'C' }), options);
    expect(summarize(trace)).toEqual({
      status: 'failed',
      steps: ['Start -> toRouter', 'Router !NoRouteMatched'],
      body: '',
      error: 'NoRouteMatched: No route of "Router" matched the message',
    });
  });

  it('XML conditions may use prefixes from the namespace mapping', async () => {
    const ns = routerFlow(
      [
        { id: 'Urgent', config: route("/o:order/o:prio = 'high'", { expressionType: 'XML' }) },
        { id: 'D', config: route('', { isDefault: true }) },
      ],
      { namespaceMapping: 'o=urn:orders' },
    );
    const body = '<order xmlns="urn:orders"><prio>high</prio></order>';
    expect((await runFlow(ns, msg({}, body), options)).route).toEqual(['toRouter', 'Urgent']);
    // The flow's Namespace Mapping serves too; the Router's own lines win over it.
    ns.process.steps[1]!.config.namespaceMapping = '';
    ns.settings.namespaceMapping = 'o=urn:orders';
    expect((await runFlow(ns, msg({}, body), options)).route).toEqual(['toRouter', 'Urgent']);
    ns.process.steps[1]!.config.namespaceMapping = 'o=urn:other';
    expect((await runFlow(ns, msg({}, body), options)).route).toEqual(['toRouter', 'D']);
    ns.process.steps[1]!.config.namespaceMapping = 'o urn:orders';
    expect(routerType.validate!(ns.process.steps[1]!, ns).map((p) => p.field)).toEqual([
      'namespaceMapping',
    ]);
  });

  it('an XPath that passes validation but not the compiler fails the step, naming the route', async () => {
    const bad = routerFlow([
      { id: 'Odd', config: route('/order/items()', { expressionType: 'XML' }) },
      { id: 'D', config: route('', { isDefault: true }) },
    ]);
    expect(routerType.validate!(bad.process.steps[1]!, bad)).toEqual([]);
    const trace = await runFlow(bad, msg({}, '<order/>'), options);
    expect(trace.error).toMatchObject({
      stepId: 'Router',
      type: 'ExpressionError',
      message: expect.stringMatching(/^Route "Route Odd": Invalid XPath "\/order\/items\(\)": /),
    });
  });

  it('an XML condition on a non-XML body fails the step', async () => {
    const trace = await runFlow(flow, msg({ type: 'B' }, 'not xml'), options);
    expect(trace.error).toMatchObject({ stepId: 'Router', type: 'XmlBodyError' });
  });

  it('validation: conditions parse, exactly one default, every route has a condition', () => {
    const bad = routerFlow([
      { id: 'A', config: route("${header.type} = 'A") },
      { id: 'B', config: route('') },
      { id: 'C', config: route('//[', { expressionType: 'XML' }) },
      { id: 'D1', config: route('', { isDefault: true }) },
      { id: 'D2', config: route('', { isDefault: true }) },
    ]);
    const problems = routerType.validate!(bad.process.steps[1]!, bad);
    expect(problems.map((p) => [p.elementId, p.message])).toEqual([
      ['Router', 'Router: 2 routes are marked default; only one may be'],
      ['A', 'Route "Route A" of Router: Unclosed quote at position 18'],
      ['B', 'Route "Route B" of Router has no condition and is not the default'],
      // Validation checks XPath syntax only (no XPath library loaded), with a precise reason.
      [
        'C',
        'Route "Route C" of Router: Invalid XPath "//[": "[" at position 3 must follow a step or value',
      ],
    ]);
    const noDefault = routerFlow([
      { id: 'A', config: route("${header.t} = 'A'") },
      { id: 'B', config: route("${header.t} = 'B'") },
    ]);
    expect(
      routerType.validate!(noDefault.process.steps[1]!, noDefault).map((p) => p.message),
    ).toEqual([
      'Router: no default route; mark one route as default or raise an error when no route matches',
    ]);
    noDefault.process.steps[1]!.config.noMatch = 'error';
    expect(routerType.validate!(noDefault.process.steps[1]!, noDefault)).toEqual([]);
    expect(routerType.validate!(flow.process.steps[1]!, flow)).toEqual([]);
  });
});
