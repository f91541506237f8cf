import { describe, expect, it } from 'vitest';
import { newFlow } from '../core/model/factory';
import type { Flow, Step } from '../core/model/flow';
import { packHistory } from '../core/history/packHistory';
import {
  assembleFlow,
  assembleHistory,
  diffFlowParts,
  flowParts,
  indexHistory,
  wholeFlowParts,
} from './flowRecords';

const step = (id: string, x = 0): Step => ({
  id,
  type: 'script',
  name: id,
  position: { x, y: 0 },
  config: { scriptFile: 'a.js', functionName: '' },
});

function sample(): Flow {
  const flow = newFlow({ id: 'F', name: 'Flow' });
  return { ...flow, process: { ...flow.process, steps: [...flow.process.steps, step('S1')] } };
}

const roundTrip = (flow: unknown) => assembleFlow(flowParts(flow));

describe('flow parts', () => {
  it('a flow comes back equal from its parts: one per field, element and list order', () => {
    const flow = sample();
    const parts = flowParts(flow);
    expect(roundTrip(flow)).toEqual(flow);
    expect(parts.get('e:steps:S1')).toBe(flow.process.steps.at(-1));
    expect(parts.get('o:steps')).toEqual(flow.process.steps.map((s) => s.id));
    expect(parts.get('f:name')).toBe('Flow');
    expect(parts.get('p:position')).toBe(flow.process.position);
    expect([...parts.keys()].some((k) => k.startsWith('f:process'))).toBe(false);
  });

  it('keeps values of an unexpected shape whole, so any stored value round-trips', () => {
    const odd = {
      schemaVersion: 1,
      participants: 'not a list',
      messageFlows: [{ id: 'M' }, { id: 'M' }],
      process: { steps: [{ noId: true }], sequenceFlows: [] },
      extra: { nested: [1, 2] },
    };
    expect(roundTrip(odd)).toEqual(odd);
    expect(flowParts(odd).get('f:messageFlows')).toEqual(odd.messageFlows);
    expect(roundTrip('text')).toBe('text');
    expect(roundTrip({ process: 7 })).toEqual({ process: 7 });
  });

  it('a move of one step differs in that step only', () => {
    const flow = sample();
    const moved = structuredClone(flow.process.steps.at(-1)!);
    moved.position = { x: 5, y: 5 };
    const next = {
      ...flow,
      process: { ...flow.process, steps: [...flow.process.steps.slice(0, -1), moved] },
    };
    const changes = diffFlowParts(next, flow)!;
    expect([...changes.puts.keys()]).toEqual(['e:steps:S1']);
    expect(changes.deletes).toEqual([]);
  });

  it('adding and removing elements writes the order and deletes the removed element', () => {
    const flow = sample();
    const without = {
      ...flow,
      process: {
        ...flow.process,
        steps: [...flow.process.steps.filter((s) => s.id !== 'S1'), step('S2')],
      },
      name: 'Renamed',
      description: undefined as unknown as string,
    };
    const changes = diffFlowParts(without, flow)!;
    expect([...changes.puts.keys()].sort()).toEqual(['e:steps:S2', 'f:name', 'o:steps']);
    expect(changes.deletes.sort()).toEqual(['e:steps:S1', 'f:description']);
    // Applying the changes to the stored parts gives the new flow's parts.
    const stored = flowParts(flow);
    for (const k of changes.deletes) stored.delete(k);
    for (const [k, v] of changes.puts) stored.set(k, v);
    expect(assembleFlow(stored)).toEqual(assembleFlow(flowParts(without)));
  });

  it('scripts and files are parts of their own: typing in one script writes that script', () => {
    const flow = sample();
    const withResources: Flow = {
      ...flow,
      resources: {
        scripts: [
          { name: 'a.js', language: 'javascript', content: 'a' },
          { name: 'b.groovy', language: 'groovy', content: 'b' },
        ],
        files: [{ path: 'lib/big.jar', content: 'x'.repeat(10_000) }],
      },
    };
    const parts = flowParts(withResources);
    expect(parts.get('o:scripts')).toEqual(['a.js', 'b.groovy']);
    expect(parts.get('e:files:lib/big.jar')).toBe(withResources.resources.files![0]);
    expect(roundTrip(withResources)).toEqual(withResources);
    const typed = {
      ...withResources,
      resources: {
        ...withResources.resources,
        scripts: withResources.resources.scripts.map((sc) =>
          sc.name === 'a.js' ? { ...sc, content: 'ab' } : sc,
        ),
      },
    };
    const changes = diffFlowParts(typed, withResources)!;
    expect([...changes.puts.keys()]).toEqual(['e:scripts:a.js']);
    // An empty object stays an object.
    const empty = { ...flow, resources: {} } as unknown as Flow;
    expect(roundTrip(empty)).toEqual(empty);
  });

  it('sample messages (by step) and test cases (by id) are parts of their own', () => {
    const flow: Flow = {
      ...sample(),
      samples: { S1: { body: 'one', headers: {}, properties: {} } },
      testCases: [
        {
          id: 'T1',
          name: 'one',
          input: { body: '', headers: {}, properties: {} },
          expectations: [],
        },
      ],
    };
    const parts = flowParts(flow);
    expect(parts.get('s:S1')).toBe(flow.samples.S1);
    expect(parts.get('e:testCases:T1')).toBe(flow.testCases[0]);
    expect(roundTrip(flow)).toEqual(flow);
    const next = {
      ...flow,
      samples: { ...flow.samples, Start: { body: 'two', headers: {}, properties: {} } },
    };
    expect([...diffFlowParts(next, flow)!.puts.keys()]).toEqual(['s:Start']);
    const dangerous = assembleFlow([['s:__proto__', { polluted: true }]]) as Flow;
    expect(Object.keys(dangerous.samples)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a change of shape asks for a whole write', () => {
    const flow = sample();
    const broken = { ...flow, participants: 'x' } as unknown as Flow;
    expect(diffFlowParts(broken, flow)).toBeNull();
    expect(diffFlowParts(flow, flow)).toEqual({ puts: new Map(), deletes: [] });
  });
});

describe('history entries', () => {
  it('keeps the numbers of stored undo steps, numbers new ones and drops the gone ones', () => {
    const a = sample();
    const b = { ...a, name: 'B' };
    const c = { ...b, name: 'C' };
    const first = indexHistory(packHistory(b, { past: [a], future: [] }), null);
    expect(first.index.history).toEqual({ format: 'entries', past: [0], future: [] });
    expect(first.added.map(([n]) => n)).toEqual([0]);
    // One more edit: the stored step stays, one new step is added.
    const second = indexHistory(packHistory(c, { past: [a, b], future: [] }), first.index);
    expect(second.index.history).toEqual({ format: 'entries', past: [0, 1], future: [] });
    expect(second.added.map(([n]) => n)).toEqual([1]);
    expect(second.dropped).toEqual([]);
    // The oldest step falls out of the history: its entry is deleted.
    const third = indexHistory(packHistory(c, { past: [b], future: [] }), second.index);
    expect(third.index.history).toEqual({ format: 'entries', past: [1], future: [] });
    expect(third.added).toEqual([]);
    expect(third.dropped).toEqual([0]);
  });

  it('the history comes back from its entries; a missing entry is reported', () => {
    const a = sample();
    const b = { ...a, name: 'B' };
    const packed = packHistory(b, { past: [a], future: [] });
    const { index } = indexHistory(packed, null);
    const parts = new Map(wholeFlowParts('F', b, index.entries).map((p) => [p.key, p.value]));
    expect(assembleHistory(index.history, parts)?.history).toEqual(packed);
    parts.delete('h:0');
    expect(assembleHistory(index.history, parts)).toBeUndefined();
    const stacks = { past: [a], future: [] };
    const whole = indexHistory(stacks, null).index.history;
    expect(assembleHistory(whole, new Map())?.history).toBe(stacks);
  });
});
