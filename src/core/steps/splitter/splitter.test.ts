import { describe, expect, it } from 'vitest';
import { runFlow } from '../../engine/runFlow';
import { fakeRunScript } from '../../engine/testing/fakeRunScript';
import {
  fixedOptions,
  flowFixture,
  lineFlow,
  summarize,
  type StepSpec,
} from '../../engine/testing/flowFixture';
import { validateFlow } from '../../validation';
import { defaultSplitterConfig } from './config';

const options = { runScript: fakeRunScript, ...fixedOptions };
const ORDERS =
  '<?xml version="1.0" encoding="UTF-8"?><root><record><name>A</name><items><id>1</id><id>2</id><id>3</id></items></record></root>';

const splitter = (type: string, config: Record<string, unknown> = {}): StepSpec => ({
  id: 'Split',
  type,
  config: { ...defaultSplitterConfig(), xpath: '//id', ...config },
});
const gather = (config: Record<string, unknown> = {}): StepSpec => ({
  id: 'Gather',
  type: 'gather',
  config: {
    messageType: 'PlainText',
    algorithm: 'concatenate',
    sourceXPath: '',
    targetXPath: '',
    ...config,
  },
});
/** A Content Modifier that wraps the body: [body] (a step each split message walks). */
const wrap: StepSpec = {
  id: 'Wrap',
  type: 'contentModifier',
  config: {
    headers: [],
    properties: [],
    bodyType: 'Expression',
    bodyValue: '[${in.body}|${property.CamelSplitIndex}]',
  },
};
const msg = (body: string) => ({ body, headers: { h: 'x' }, properties: {} });

describe('General and Iterating Splitter with Gather', () => {
  it('General Splitter keeps the enclosing elements; each split message walks to the Gather', async () => {
    const flow = lineFlow([splitter('generalSplitter'), wrap, gather()]);
    const trace = await runFlow(flow, msg(ORDERS), options);
    expect(trace.status).toBe('completed');
    const parts = trace.entries.filter((e) => e.stepId === 'Wrap');
    expect(parts.map((e) => e.part && `${e.part.kind} ${e.part.index} of ${e.part.count}`)).toEqual(
      ['split 1 of 3', 'split 2 of 3', 'split 3 of 3'],
    );
    expect(parts[1]!.before.body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><root><record><name>A</name><items><id>2</id></items></record></root>',
    );
    expect(trace.entries.find((e) => e.stepId === 'Split')?.forked).toEqual({
      kind: 'split',
      count: 3,
    });
    const g = trace.entries.find((e) => e.stepId === 'Gather')!;
    expect(g.gathered).toBe(3);
    expect(g.part).toBeUndefined();
    expect(String(trace.output.body)).toMatch(
      /^\[<\?xml.*<id>1<\/id>.*\|0\]\[.*<id>2<\/id>.*\|1\]\[.*\|2\]$/,
    );
    expect(trace.output.headers.h).toBe('x');
  });

  it('Iterating Splitter sends each node alone, grouped as asked', async () => {
    const one = await runFlow(
      lineFlow([splitter('iteratingSplitter'), gather()]),
      msg(ORDERS),
      options,
    );
    expect(one.output.body).toBe('<id>1</id><id>2</id><id>3</id>');
    const two = await runFlow(
      lineFlow([splitter('iteratingSplitter', { grouping: 2 }), wrap, gather()]),
      msg(ORDERS),
      options,
    );
    expect(two.output.body).toBe(
      '[<items><id>1</id><id>2</id></items>|0][<items><id>3</id></items>|1]',
    );
  });

  it('Line Break splits lines (blank ones skipped), Token splits at the token', async () => {
    const lines = await runFlow(
      lineFlow([splitter('generalSplitter', { exprType: 'Line Break' }), wrap, gather()]),
      msg('a\r\nb\n\nc\n'),
      options,
    );
    expect(lines.output.body).toBe('[a|0][b|1][c|2]');
    const tokens = await runFlow(
      lineFlow([
        splitter('iteratingSplitter', { exprType: 'Token', token: ';', grouping: 2 }),
        wrap,
        gather(),
      ]),
      msg('a;b;c;'),
      options,
    );
    expect(tokens.output.body).toBe('[a;b|0][c|1]');
  });

  it('Gather combines XML as CPI does: one envelope, one message per format, or at an XPath', async () => {
    const same = await runFlow(
      lineFlow([
        splitter('iteratingSplitter'),
        gather({ messageType: 'SameXMLFormat', algorithm: 'combine' }),
      ]),
      msg(ORDERS),
      options,
    );
    expect(same.output.body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><multimap:Messages xmlns:multimap="http://sap.com/xi/XI/SplitAndMerge"><multimap:Message1><id>1</id><id>2</id><id>3</id></multimap:Message1></multimap:Messages>',
    );
    const diff = await runFlow(
      lineFlow([
        splitter('iteratingSplitter'),
        gather({ messageType: 'DiffXMLFormat', algorithm: 'combine' }),
      ]),
      msg(ORDERS),
      options,
    );
    expect(diff.output.body).toContain(
      '<multimap:Message1><id>1</id></multimap:Message1><multimap:Message2><id>2</id></multimap:Message2>',
    );
    const atXPath = await runFlow(
      lineFlow([
        splitter('generalSplitter'),
        gather({
          messageType: 'SameXMLFormat',
          algorithm: 'combineAtXPath',
          sourceXPath: '/root/record/items/id',
          targetXPath: '/root/record/items',
        }),
      ]),
      msg(ORDERS),
      options,
    );
    expect(atXPath.output.body).toContain('<items><id>1</id><id>2</id><id>3</id></items>');
    // Gather 1.0 had no target: the nodes go back under their own parent.
    const noTarget = await runFlow(
      lineFlow([
        splitter('generalSplitter'),
        gather({ messageType: 'SameXMLFormat', algorithm: 'combineAtXPath', sourceXPath: '//id' }),
      ]),
      msg(ORDERS),
      options,
    );
    expect(noTarget.output.body).toContain('<items><id>1</id><id>2</id><id>3</id></items>');
  });

  it('without a Gather each split message runs to the End; the caller gets the last one', async () => {
    const trace = await runFlow(
      lineFlow([splitter('iteratingSplitter'), wrap]),
      msg(ORDERS),
      options,
    );
    expect(summarize(trace).steps).toEqual([
      'Start -> SequenceFlow_1',
      'Split -> SequenceFlow_2',
      'Wrap -> SequenceFlow_3',
      'End',
      'Wrap -> SequenceFlow_3',
      'End',
      'Wrap -> SequenceFlow_3',
      'End',
    ]);
    expect(trace.status).toBe('completed');
    expect(trace.output.body).toBe('[<id>3</id>|2]');
  });

  it('nothing to split: the message goes on after the Gather unchanged', async () => {
    const trace = await runFlow(
      lineFlow([splitter('iteratingSplitter', { xpath: '//none' }), wrap, gather()]),
      msg(ORDERS),
      options,
    );
    expect(summarize(trace).steps).toEqual([
      'Start -> SequenceFlow_1',
      'Split',
      'Gather -> SequenceFlow_4',
      'End',
    ]);
    expect(trace.output.body).toBe('');
  });

  const failing: StepSpec = {
    id: 'Fail',
    type: 'script',
    config: { scriptFile: 'f.js', functionName: '' },
  };
  const FAIL = `function processData(m) { if (String(m.getBody()).indexOf('2') >= 0) throw new Error('bad item'); return m; }`;

  it('Stop On Exception: the first failing split message fails the run', async () => {
    const trace = await runFlow(
      lineFlow([splitter('iteratingSplitter'), failing, gather()], { scripts: { 'f.js': FAIL } }),
      msg(ORDERS),
      options,
    );
    expect(trace.status).toBe('failed');
    expect(trace.error?.stepId).toBe('Fail');
    expect(trace.entries.filter((e) => e.stepId === 'Fail')).toHaveLength(2);
  });

  it('without Stop On Exception the other split messages run, then the run fails', async () => {
    const trace = await runFlow(
      lineFlow([splitter('iteratingSplitter', { stopOnException: false }), failing, gather()], {
        scripts: { 'f.js': FAIL },
      }),
      msg(ORDERS),
      options,
    );
    expect(trace.entries.filter((e) => e.stepId === 'Fail')).toHaveLength(3);
    expect(trace.entries.some((e) => e.stepId === 'Gather')).toBe(false);
    expect(trace.status).toBe('failed');
    expect(trace.error).toMatchObject({
      stepId: 'Fail',
      message: expect.stringContaining('bad item'),
    });
  });

  it('reads ${property.x} in the XPath and names a body that is not XML', async () => {
    const flow = lineFlow([
      splitter('iteratingSplitter', { xpath: '//${property.item}' }),
      gather(),
    ]);
    const ok = await runFlow(
      flow,
      { body: ORDERS, headers: {}, properties: { item: 'id' } },
      options,
    );
    expect(ok.output.body).toBe('<id>1</id><id>2</id><id>3</id>');
    const bad = await runFlow(
      flow,
      { body: 'not xml', headers: {}, properties: { item: 'id' } },
      options,
    );
    expect(bad.error).toMatchObject({ stepId: 'Split', type: 'XmlBodyError' });
  });

  it('validates the expression inline', () => {
    const problems = (config: Record<string, unknown>, type = 'generalSplitter') =>
      validateFlow(lineFlow([splitter(type, config)]))
        .filter((p) => p.elementId === 'Split')
        .map((p) => `${p.field}: ${p.message}`);
    expect(problems({ xpath: '' })).toEqual([
      'xpath: Split: enter the XPath Expression of the nodes to split at',
    ]);
    expect(problems({ xpath: '/a[' })[0]).toMatch(/^xpath: Split: Invalid XPath/);
    expect(problems({ exprType: 'Token', token: ';' })).toEqual([
      'exprType: Split: the Token expression type is for the Iterating Splitter',
    ]);
    expect(problems({ exprType: 'Token', token: '' }, 'iteratingSplitter')).toEqual([
      'token: Split: enter the Token that separates the split messages',
    ]);
    expect(problems({ exprType: 'Line Break', xpath: '' })).toEqual([]);
  });
});

describe('forks inside forks, routes inside split messages', () => {
  const gatherStep = (id: string): StepSpec => ({
    id,
    type: 'gather',
    config: {
      messageType: 'PlainText',
      algorithm: 'concatenate',
      sourceXPath: '',
      targetXPath: '',
    },
  });

  it('a split message split again: each inner fork gathers, then the outer one', async () => {
    const flow = lineFlow([
      { ...splitter('iteratingSplitter', { xpath: '/r/g' }), id: 'Outer' },
      { ...splitter('iteratingSplitter', { xpath: '/g/i' }), id: 'Inner' },
      wrap,
      gatherStep('InnerGather'),
      gatherStep('OuterGather'),
    ]);
    const trace = await runFlow(
      flow,
      msg('<r><g><i>1</i><i>2</i></g><g><i>3</i></g></r>'),
      options,
    );
    expect(trace.status).toBe('completed');
    expect(trace.output.body).toBe('[<i>1</i>|0][<i>2</i>|1][<i>3</i>|0]');
    const wraps = trace.entries.filter((e) => e.stepId === 'Wrap').map((e) => e.part);
    expect(wraps.map((p) => p && `${p.forkStepId} ${p.index}/${p.count} depth ${p.depth}`)).toEqual(
      ['Inner 1/2 depth 1', 'Inner 2/2 depth 1', 'Inner 1/1 depth 1'],
    );
    expect(
      trace.entries.filter((e) => e.stepId === 'InnerGather').map((e) => e.part?.index),
    ).toEqual([1, 2]);
  });

  it('a Router inside a split message sends some to the Gather and ends others', async () => {
    const flow = flowFixture({
      steps: [
        { id: 'Start', type: 'startEvent' },
        splitter('iteratingSplitter'),
        {
          id: 'Router',
          type: 'router',
          config: { noMatch: 'default', routeOrder: [], namespaceMapping: '' },
        },
        gatherStep('Gather'),
        { id: 'Drop', type: 'endEvent' },
        { id: 'End', type: 'endEvent' },
      ],
      links: [
        { source: 'Start', target: 'Split' },
        { source: 'Split', target: 'Router' },
        {
          id: 'keep',
          source: 'Router',
          target: 'Gather',
          config: { expressionType: 'XML', condition: '/id != 2', isDefault: false },
        },
        {
          id: 'drop',
          source: 'Router',
          target: 'Drop',
          config: { expressionType: 'NonXML', condition: '', isDefault: true },
        },
        { source: 'Gather', target: 'End' },
      ],
    });
    const trace = await runFlow(flow, msg(ORDERS), options);
    expect(trace.status).toBe('completed');
    expect(trace.output.body).toBe('<id>1</id><id>3</id>');
    expect(trace.entries.find((e) => e.stepId === 'Gather')?.gathered).toBe(2);
  });
});
