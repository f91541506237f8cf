import { describe, expect, it } from 'vitest';
import { importIflw, writeIflw } from '../../io/cpi';
import {
  buildIflw,
  end,
  sender,
  start,
  httpsSender,
  type FxElement,
} from '../../io/cpi/fixtures/iflwBuilder';
import { exportCamelYaml } from '../../io/camel/exportCamel';
import { expectValidCamel } from '../../io/camel/testing/camelSchema';
import { runFlow } from '../../engine/runFlow';
import { fakeRunScript } from '../../engine/testing/fakeRunScript';
import { flowFixture } from '../../engine/testing/flowFixture';
import { httpsSenderAdapter } from '../../adapters/https';
import type { Flow, MessageFlow } from '../../model/flow';
import { defaultSplitterConfig } from './config';

/* Shaped as real CPI content writes these steps (General Splitter 1.5.1, Gather 1.2.0). */
const generalSplitter: FxElement = {
  tag: 'callActivity',
  id: 'CallActivity_Split',
  name: 'General Splitter 1',
  props: {
    exprType: 'XPath',
    Streaming: 'true',
    StopOnExecution: '{{Stop on Exception}}',
    SplitterThreads: '10',
    splitExprValue: '/Orders/Order',
    ParallelProcessing: 'false',
    componentVersion: '1.5',
    activityType: 'Splitter',
    cmdVariantUri: 'ctype::FlowstepVariant/cname::GeneralSplitter/version::1.5.1',
    grouping: '1',
    splitType: 'GeneralSplitter',
    timeOut: '300',
  },
  bounds: [400, 130, 100, 60],
};
const gather: FxElement = {
  tag: 'callActivity',
  id: 'CallActivity_Gather',
  name: 'Gather 1',
  props: {
    targetXPath: '',
    sourceXPath: '',
    messageType: 'SameXMLFormat',
    aggregationAlgorithm: 'sap-identical-multi-mapping',
    componentVersion: '1.2',
    activityType: 'Gather',
    cmdVariantUri: 'ctype::FlowstepVariant/cname::Gather/version::1.2.0',
    gatherFileNames: '',
  },
  bounds: [550, 130, 100, 60],
};
const ediSplitter: FxElement = {
  tag: 'callActivity',
  id: 'CallActivity_Edi',
  name: 'EDI Splitter 1',
  props: {
    activityType: 'Splitter',
    splitType: 'EDISplitter',
    cmdVariantUri: 'ctype::FlowstepVariant/cname::EDISplitter/version::2.8.0',
  },
  bounds: [250, 300, 100, 60],
};

function fixture(): string {
  return buildIflw({
    participants: [sender],
    messageFlows: [httpsSender('MessageFlow_1', 'StartEvent_2', '/orders')],
    processes: [
      {
        id: 'Process_1',
        name: 'Integration Process',
        participant: 'Participant_Process_1',
        bounds: [250, 60, 800, 400],
        elements: [start(), generalSplitter, gather, ediSplitter, end('EndEvent_2', [800, 142])],
        links: [
          { id: 'SequenceFlow_1', source: 'StartEvent_2', target: 'CallActivity_Split' },
          { id: 'SequenceFlow_2', source: 'CallActivity_Split', target: 'CallActivity_Gather' },
          { id: 'SequenceFlow_3', source: 'CallActivity_Gather', target: 'EndEvent_2' },
        ],
      },
    ],
  });
}

/** The ifl:property pairs of one element of an .iflw, as written. */
function propsOf(xml: string, id: string): Record<string, string> {
  const at = xml.indexOf(`id="${id}"`);
  const el = xml.slice(at, xml.indexOf('</bpmn2:', at));
  return Object.fromEntries(
    [
      ...el.matchAll(
        /<key>([^<]*)<\/key>\s*<value>([^<]*)<\/value>|<key>([^<]*)<\/key>\s*<value\/>/g,
      ),
    ].map((m) => (m[3] !== undefined ? [m[3], ''] : [m[1]!, m[2]!])),
  );
}

describe('Splitter and Gather CPI codecs', () => {
  it('reads General Splitter and Gather as real step types; EDI splitters stay placeholders', async () => {
    const { flow } = await importIflw(fixture(), 'orders.iflw');
    const byId = (id: string) => flow.process.steps.find((s) => s.id === id)!;
    expect(byId('CallActivity_Split').type).toBe('generalSplitter');
    expect(byId('CallActivity_Split').config).toEqual({
      ...defaultSplitterConfig(),
      xpath: '/Orders/Order',
      // The parameter reads as the default; the export writes {{Stop on Exception}} back.
      stopOnException: true,
    });
    expect(byId('CallActivity_Gather').type).toBe('gather');
    expect(byId('CallActivity_Gather').config).toEqual({
      messageType: 'SameXMLFormat',
      algorithm: 'combine',
      sourceXPath: '',
      targetXPath: '',
    });
    expect(byId('CallActivity_Edi').type).toBe('placeholder');
  });

  it('writes back every property as it came', async () => {
    const original = fixture();
    const { flow } = await importIflw(original, 'orders.iflw');
    const xml = await writeIflw(flow);
    for (const id of ['CallActivity_Split', 'CallActivity_Gather', 'CallActivity_Edi'])
      expect(propsOf(xml, id)).toEqual(propsOf(original, id));
  });

  it('an edited field is written; a step drawn in the studio gets its variant', async () => {
    const { flow } = await importIflw(fixture(), 'orders.iflw');
    const split = flow.process.steps.find((s) => s.id === 'CallActivity_Split')!;
    split.config = { ...split.config, grouping: 5, exprType: 'Line Break' };
    const props = propsOf(await writeIflw(flow), 'CallActivity_Split');
    expect(props).toMatchObject({
      grouping: '5',
      exprType: 'Line Break',
      StopOnExecution: '{{Stop on Exception}}',
    });
    const drawn: Flow = flowFixture({
      steps: [
        { id: 'Start', type: 'startEvent' },
        {
          id: 'S',
          type: 'iteratingSplitter',
          config: { ...defaultSplitterConfig(), xpath: '//a' },
        },
        { id: 'End', type: 'endEvent' },
      ],
      links: [
        { source: 'Start', target: 'S' },
        { source: 'S', target: 'End' },
      ],
    });
    expect(propsOf(await writeIflw(drawn), 'S')).toMatchObject({
      activityType: 'Splitter',
      splitType: 'IteratingSplitter',
      cmdVariantUri: 'ctype::FlowstepVariant/cname::IteratingSplitter/version::1.6.0',
      splitExprValue: '//a',
    });
  });

  it('the imported flow runs: split, then combined', async () => {
    const { flow } = await importIflw(fixture(), 'orders.iflw');
    const trace = await runFlow(
      flow,
      { body: '<Orders><Order>1</Order><Order>2</Order></Orders>', headers: {}, properties: {} },
      { runScript: fakeRunScript },
    );
    expect(trace.status).toBe('completed');
    expect(trace.output.body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><multimap:Messages xmlns:multimap="http://sap.com/xi/XI/SplitAndMerge"><multimap:Message1><Orders><Order>1</Order></Orders><Orders><Order>2</Order></Orders></multimap:Message1></multimap:Messages>',
    );
  });
});

describe('Splitter Camel export', () => {
  const senderFlow: MessageFlow = {
    id: 'MessageFlow_1',
    source: 'Participant_1',
    target: 'Start',
    adapter: {
      type: 'HTTPS',
      config: { ...httpsSenderAdapter.defaultConfig(), address: '/v1/orders' },
    },
  };
  const flowWith = (splitConfig: Record<string, unknown>, gatherConfig?: Record<string, unknown>) =>
    flowFixture({
      steps: [
        { id: 'Start', type: 'startEvent' },
        {
          id: 'Split',
          type: 'generalSplitter',
          config: { ...defaultSplitterConfig(), ...splitConfig },
        },
        {
          id: 'Mark',
          type: 'contentModifier',
          config: {
            headers: [],
            properties: [],
            bodyType: 'Expression',
            bodyValue: '[${in.body}]',
          },
        },
        ...(gatherConfig
          ? [
              {
                id: 'Gather',
                type: 'gather',
                config: { sourceXPath: '', targetXPath: '', ...gatherConfig },
              },
            ]
          : []),
        { id: 'End', type: 'endEvent' },
      ],
      links: [
        { source: 'Start', target: 'Split' },
        { source: 'Split', target: 'Mark' },
        ...(gatherConfig
          ? [
              { source: 'Mark', target: 'Gather' },
              { source: 'Gather', target: 'End' },
            ]
          : [{ source: 'Mark', target: 'End' }]),
      ],
      messageFlows: [senderFlow],
    });
  type Routes = { route: { from: { steps: Record<string, Record<string, unknown>>[] } } }[];
  const stepsOf = async (flow: Flow) =>
    (expectValidCamel(await exportCamelYaml(flow)) as Routes)[0]!.route.from.steps;

  it('split with tokenize and the Gather as its aggregation strategy', async () => {
    const steps = await stepsOf(
      await flowWith(
        { exprType: 'Line Break' },
        { messageType: 'PlainText', algorithm: 'concatenate' },
      ),
    );
    expect(steps[0]!.split).toMatchObject({
      tokenize: { token: '\n' },
      streaming: true,
      stopOnException: true,
      aggregationStrategy: '#class:org.apache.camel.processor.aggregate.StringAggregationStrategy',
      steps: [{ setBody: expect.anything() }],
    });
    expect(steps).toHaveLength(1);
  });

  it('split with xpath; Combine sets the multi-mapping envelope after it', async () => {
    const steps = await stepsOf(
      await flowWith(
        { xpath: '/Orders/Order' },
        { messageType: 'SameXMLFormat', algorithm: 'combine' },
      ),
    );
    expect(steps[0]!.split).toMatchObject({ xpath: { expression: '/Orders/Order' } });
    expect(JSON.stringify(steps[1])).toContain('multimap:Messages');
  });

  it('without a Gather the rest of the path is inside the split; Combine at XPath is refused by name', async () => {
    const steps = await stepsOf(await flowWith({ xpath: '//a' }));
    expect((steps[0]!.split as { steps: unknown[] }).steps).toHaveLength(1);
    await expect(
      exportCamelYaml(
        await flowWith(
          { xpath: '//a' },
          {
            messageType: 'SameXMLFormat',
            algorithm: 'combineAtXPath',
            sourceXPath: '/a',
            targetXPath: '/',
          },
        ),
      ),
    ).rejects.toThrow('step "Gather" (gather): Combine at XPath has no Camel aggregation strategy');
  });
});

describe('nested splits in Camel', () => {
  it('the inner split and its Gather sit inside the outer split, the outer Gather after it', async () => {
    const gatherOf = (id: string) => ({
      id,
      type: 'gather',
      config: {
        messageType: 'PlainText',
        algorithm: 'concatenate',
        sourceXPath: '',
        targetXPath: '',
      },
    });
    const flow = flowFixture({
      steps: [
        { id: 'Start', type: 'startEvent' },
        {
          id: 'Outer',
          type: 'iteratingSplitter',
          config: { ...defaultSplitterConfig(), xpath: '/r/g' },
        },
        {
          id: 'Inner',
          type: 'iteratingSplitter',
          config: { ...defaultSplitterConfig(), xpath: '/g/i' },
        },
        gatherOf('InnerGather'),
        gatherOf('OuterGather'),
        { id: 'End', type: 'endEvent' },
      ],
      links: [
        { source: 'Start', target: 'Outer' },
        { source: 'Outer', target: 'Inner' },
        { source: 'Inner', target: 'InnerGather' },
        { source: 'InnerGather', target: 'OuterGather' },
        { source: 'OuterGather', target: 'End' },
      ],
      messageFlows: [
        {
          id: 'MessageFlow_1',
          source: 'Participant_1',
          target: 'Start',
          adapter: {
            type: 'HTTPS',
            config: { ...httpsSenderAdapter.defaultConfig(), address: '/v1/n' },
          },
        },
      ],
    });
    type Split = { split: { xpath: { expression: string }; steps: Split[] } };
    const [route] = expectValidCamel(await exportCamelYaml(flow)) as {
      route: { from: { steps: Split[] } };
    }[];
    const steps = route!.route.from.steps;
    expect(steps).toHaveLength(1);
    expect(steps[0]!.split.xpath.expression).toBe('/r/g');
    expect(steps[0]!.split.steps).toHaveLength(1);
    expect(steps[0]!.split.steps[0]!.split.xpath.expression).toBe('/g/i');
  });
});
