import { describe, expect, it } from 'vitest';
import { runFlow } from '../../engine/runFlow';
import { fakeRunScript } from '../../engine/testing/fakeRunScript';
import { fixedOptions, flowFixture, type StepSpec } from '../../engine/testing/flowFixture';
import { importIflw, writeIflw } from '../../io/cpi';
import { exportCamelYaml } from '../../io/camel/exportCamel';
import { expectValidCamel } from '../../io/camel/testing/camelSchema';
import { httpsSenderAdapter } from '../../adapters/https';
import type { Flow } from '../../model/flow';

const options = { runScript: fakeRunScript, ...fixedOptions };
const setBody = (id: string, body: string): StepSpec => ({
  id,
  type: 'contentModifier',
  config: { headers: [], properties: [], bodyType: 'Expression', bodyValue: body },
});
const gather = (config: Record<string, unknown>): StepSpec => ({
  id: 'Gather',
  type: 'gather',
  config: { sourceXPath: '', targetXPath: '', ...config },
});

/** Start → Multicast → branches A, B (each a Content Modifier) → Join [→ Gather] → End. */
function multicastFlow(
  type: string,
  opts: { gather?: Record<string, unknown>; order?: string[]; failB?: boolean } = {},
): Flow {
  return flowFixture({
    steps: [
      { id: 'Start', type: 'startEvent' },
      { id: 'Fork', type, config: { routeOrder: opts.order ?? [] } },
      setBody('A', '<a>${in.body}</a>'),
      opts.failB
        ? { id: 'B', type: 'script', config: { scriptFile: 'f.js', functionName: '' } }
        : setBody('B', '<b>${in.body}</b>'),
      { id: 'Join', type: 'join' },
      ...(opts.gather ? [gather(opts.gather)] : []),
      { id: 'End', type: 'endEvent' },
    ],
    links: [
      { source: 'Start', target: 'Fork' },
      { id: 'toA', source: 'Fork', target: 'A' },
      { id: 'toB', source: 'Fork', target: 'B' },
      { source: 'A', target: 'Join' },
      { source: 'B', target: 'Join' },
      ...(opts.gather
        ? [
            { source: 'Join', target: 'Gather' },
            { source: 'Gather', target: 'End' },
          ]
        : [{ source: 'Join', target: 'End' }]),
    ],
    scripts: { 'f.js': 'function processData(m) { throw new Error("branch B failed"); }' },
    messageFlows: [
      {
        id: 'MessageFlow_1',
        source: 'Participant_1',
        target: 'Start',
        adapter: {
          type: 'HTTPS',
          config: { ...httpsSenderAdapter.defaultConfig(), address: '/v1/m' },
        },
      },
    ],
  });
}
const input = { body: 'x', headers: {}, properties: {} };

describe('Multicast and Join', () => {
  it('each branch gets a copy; Join then Gather combine them (XML of different formats)', async () => {
    const trace = await runFlow(
      multicastFlow('parallelMulticast', {
        gather: { messageType: 'DiffXMLFormat', algorithm: 'combine' },
      }),
      input,
      options,
    );
    expect(trace.status).toBe('completed');
    expect(
      trace.entries.map(
        (e) => e.stepId + (e.part ? ` (${e.part.kind} ${e.part.index} of ${e.part.count})` : ''),
      ),
    ).toEqual(['Start', 'Fork', 'A (branch 1 of 2)', 'B (branch 2 of 2)', 'Join', 'Gather', 'End']);
    expect(trace.entries.find((e) => e.stepId === 'B')!.before.body).toBe('x');
    expect(trace.output.body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><multimap:Messages xmlns:multimap="http://sap.com/xi/XI/SplitAndMerge"><multimap:Message1><a>x</a></multimap:Message1><multimap:Message2><b>x</b></multimap:Message2></multimap:Messages>',
    );
  });

  it('a Join without a Gather goes on with the last branch; a Sequential Multicast runs its branches in order', async () => {
    const joined = await runFlow(multicastFlow('parallelMulticast'), input, options);
    expect(joined.output.body).toBe('<b>x</b>');
    const ordered = await runFlow(
      multicastFlow('sequentialMulticast', {
        order: ['toB', 'toA'],
        gather: { messageType: 'PlainText', algorithm: 'concatenate' },
      }),
      input,
      options,
    );
    expect(ordered.output.body).toBe('<b>x</b><a>x</a>');
  });

  it('an error stops a Sequential Multicast at once; a parallel one runs the other branches first', async () => {
    const seq = await runFlow(
      multicastFlow('sequentialMulticast', { order: ['toB', 'toA'], failB: true }),
      input,
      options,
    );
    expect(seq.status).toBe('failed');
    expect(seq.entries.map((e) => e.stepId)).toEqual(['Start', 'Fork', 'B']);
    const par = await runFlow(
      multicastFlow('parallelMulticast', { failB: true, order: ['toB', 'toA'] }),
      input,
      options,
    );
    expect(par.entries.map((e) => e.stepId)).toEqual(['Start', 'Fork', 'B', 'A']);
    expect(par.error).toMatchObject({
      stepId: 'B',
      message: expect.stringContaining('branch B failed'),
    });
  });

  it('CPI: reads and writes the routing sequence table and the Join as CPI does', async () => {
    const flow = multicastFlow('sequentialMulticast', { order: ['toB', 'toA'] });
    const xml = await writeIflw(flow);
    expect(xml).toContain('<key>routingSequenceTable</key>');
    expect(xml).toContain(
      '&lt;row&gt;&lt;cell&gt;1&lt;/cell&gt;&lt;cell&gt;toB&lt;/cell&gt;&lt;/row&gt;',
    );
    expect(xml).toContain('ctype::FlowstepVariant/cname::Join/version::1.0.0');
    const back = (await importIflw(xml, 'm.iflw')).flow;
    const fork = back.process.steps.find((s) => s.id === 'Fork')!;
    expect(fork).toMatchObject({
      type: 'sequentialMulticast',
      config: { routeOrder: ['toB', 'toA'] },
    });
    expect(back.process.steps.find((s) => s.id === 'Join')!.type).toBe('join');
    // The gateways come back out as they went in.
    const again = await writeIflw(back);
    const element = (x: string, id: string) =>
      x.slice(
        x.indexOf(`id="${id}"`),
        x.indexOf('</bpmn2:parallelGateway>', x.indexOf(`id="${id}"`)),
      );
    for (const id of ['Fork', 'Join']) expect(element(again, id)).toBe(element(xml, id));
  });

  it('Camel: multicast with a pipeline per branch and the Gather as aggregation strategy', async () => {
    const yaml = await exportCamelYaml(
      multicastFlow('parallelMulticast', {
        gather: { messageType: 'PlainText', algorithm: 'concatenate' },
      }),
    );
    const [route] = expectValidCamel(yaml) as {
      route: { from: { steps: Record<string, Record<string, unknown>>[] } };
    }[];
    const steps = route!.route.from.steps;
    expect(steps[0]!.multicast).toMatchObject({
      parallelProcessing: true,
      aggregationStrategy: '#class:org.apache.camel.processor.aggregate.StringAggregationStrategy',
      steps: [
        { pipeline: { steps: [{ setBody: expect.anything() }] } },
        { pipeline: { steps: [{ setBody: expect.anything() }] } },
      ],
    });
    expect(steps).toHaveLength(1);
    await expect(
      exportCamelYaml(
        multicastFlow('parallelMulticast', {
          gather: { messageType: 'DiffXMLFormat', algorithm: 'combine' },
        }),
      ),
    ).rejects.toThrow('Combine of XML of different formats has no Camel aggregation strategy');
  });
});
