import { describe, expect, it } from 'vitest';
import { newFlow } from '../../../core/model/factory';
import type { Flow } from '../../../core';
import { createNodeMapper } from './flowToNodes';
import { createEdgeMapper } from './flowToEdges';
import { shortcutFor } from './shortcuts';

const none = new Set<string>();
const noOverrides = new Map();

function withScript(f: Flow): Flow {
  return {
    ...f,
    process: {
      ...f.process,
      steps: [
        ...f.process.steps,
        {
          id: 'Script_1',
          type: 'script',
          name: 'Script 1',
          position: { x: 200, y: 100 },
          config: {},
        },
      ],
    },
  };
}

describe('createNodeMapper', () => {
  it('maps the pool first, steps as its children, participants outside, with accessible names', () => {
    const nodes = createNodeMapper()(withScript(newFlow({ name: 'F' })), none, noOverrides);
    expect(nodes.map((n) => [n.id, n.type, n.parentId])).toEqual([
      ['Process_1', 'pool', undefined],
      ['StartEvent_1', 'step', 'Process_1'],
      ['EndEvent_1', 'step', 'Process_1'],
      ['Script_1', 'step', 'Process_1'],
      ['Participant_1', 'participant', undefined],
      ['Participant_2', 'participant', undefined],
    ]);
    const label = (id: string) => nodes.find((n) => n.id === id)?.ariaLabel;
    expect(label('Script_1')).toBe('Script step Script 1');
    expect(label('StartEvent_1')).toBe('Start Message step Start');
    expect(label('Participant_1')).toBe('Sender participant Sender');
    expect(label('Participant_2')).toBe('Receiver participant Receiver');
    const script = nodes.find((n) => n.id === 'Script_1')!;
    expect(script.extent).toBe('parent');
    expect(script.position).toEqual({ x: 200, y: 100 });
    expect([script.width, script.height]).toEqual([120, 64]);
    expect(nodes[0]!.deletable).toBe(false);
    // Handles follow the registry's connection limits: End has no outgoing side, Start no incoming
    // sequence flow but it accepts the Sender's message flow.
    const data = (id: string) =>
      nodes.find((n) => n.id === id)?.data as { hasSource: boolean; hasTarget: boolean };
    expect(data('EndEvent_1')).toMatchObject({ hasSource: false, hasTarget: true });
    expect(data('StartEvent_1')).toMatchObject({ hasSource: true, hasTarget: true });
    expect(data('Script_1')).toMatchObject({ hasSource: true, hasTarget: true });
  });

  it('gives steps and participants their connection points, so React Flow need not draw them to measure', () => {
    const nodes = createNodeMapper()(withScript(newFlow({ name: 'F' })), none, noOverrides);
    const points = (id: string) =>
      nodes.find((n) => n.id === id)?.handles?.map((h) => [h.type, h.position, h.x, h.y]);
    // 10 px boxes centred on the left and right edges (canvas.css), as the drawn ones measure.
    expect(points('Script_1')).toEqual([
      ['target', 'left', -5, 27],
      ['source', 'right', 115, 27],
    ]);
    expect(points('EndEvent_1')).toEqual([['target', 'left', -5, 19]]);
    expect(points('Participant_1')).toEqual([['source', 'right', 105, 65]]);
    expect(points('Participant_2')).toEqual([['target', 'left', -5, 65]]);
    // The pool has none; containers are measured by React Flow (their border moves the points).
    expect(nodes[0]!.handles).toBeUndefined();
  });

  it('keeps unchanged node objects identical across edits and selection changes', () => {
    const map = createNodeMapper();
    const f1 = withScript(newFlow({ name: 'F' }));
    const a = map(f1, none, noOverrides);
    const f2: Flow = {
      ...f1,
      process: {
        ...f1.process,
        steps: f1.process.steps.map((s) => (s.id === 'Script_1' ? { ...s, name: 'Renamed' } : s)),
      },
    };
    const b = map(f2, none, noOverrides);
    const same = (id: string) => a.find((n) => n.id === id) === b.find((n) => n.id === id);
    expect(same('StartEvent_1')).toBe(true);
    expect(same('Participant_1')).toBe(true);
    expect(same('Process_1')).toBe(true); // pool data unchanged although the process object is new
    expect(same('Script_1')).toBe(false);

    const c = map(f2, new Set(['EndEvent_1']), noOverrides);
    expect(c.find((n) => n.id === 'EndEvent_1')?.selected).toBe(true);
    expect(c.find((n) => n.id === 'StartEvent_1')).toBe(b.find((n) => n.id === 'StartEvent_1'));
  });

  it('a move or a selection keeps the data a node draws, so its view does not re-render', () => {
    const map = createNodeMapper();
    const f1 = withScript(newFlow({ name: 'F' }));
    const a = map(f1, none, noOverrides);
    const f2: Flow = {
      ...f1,
      process: {
        ...f1.process,
        steps: f1.process.steps.map((s) => ({ ...s, position: { x: s.position.x + 10, y: 0 } })),
      },
    };
    const b = map(f2, new Set(['Script_1']), noOverrides);
    const script = (nodes: typeof a) => nodes.find((n) => n.id === 'Script_1');
    expect(script(b)).not.toBe(script(a));
    expect(script(b)?.position).toEqual({ x: 210, y: 0 });
    expect(script(b)?.data).toBe(script(a)?.data);
    const f3: Flow = {
      ...f2,
      process: {
        ...f2.process,
        steps: f2.process.steps.map((s) => (s.id === 'Script_1' ? { ...s, name: 'New' } : s)),
      },
    };
    expect(script(map(f3, none, noOverrides))?.data).not.toBe(script(b)?.data);
  });

  it("carries a step's simulation badge in its data; only the steps whose badge changed get new data", () => {
    const map = createNodeMapper();
    const f = withScript(newFlow({ name: 'F' }));
    const data = (nodes: ReturnType<typeof map>, id: string) =>
      nodes.find((n) => n.id === id)?.data;
    const a = map(f, none, noOverrides);
    expect(data(a, 'Script_1')).not.toHaveProperty('badge');
    const b = map(f, none, noOverrides, {
      Script_1: { status: 'ok', durationMs: 3 },
      StartEvent_1: { status: 'ok' },
    });
    expect(data(b, 'Script_1')).toMatchObject({ badge: { status: 'ok', durationMs: 3 } });
    expect(data(b, 'EndEvent_1')).toBe(data(a, 'EndEvent_1'));
    // A new overlay with equal badges (each run step re-publishes them) changes nothing.
    const c = map(f, none, noOverrides, {
      Script_1: { status: 'ok', durationMs: 3 },
      StartEvent_1: { status: 'error', error: 'boom' },
    });
    expect(c.find((n) => n.id === 'Script_1')).toBe(b.find((n) => n.id === 'Script_1'));
    expect(data(c, 'StartEvent_1')).toMatchObject({ badge: { status: 'error', error: 'boom' } });
    expect(data(map(f, none, noOverrides), 'Script_1')).not.toHaveProperty('badge');
  });

  it('gives the same array while every node is unchanged, a new one when one changes', () => {
    const map = createNodeMapper();
    const f = withScript(newFlow({ name: 'F' }));
    const a = map(f, none, noOverrides);
    expect(map({ ...f }, new Set<string>(), new Map())).toBe(a);
    const b = map(f, new Set(['Script_1']), noOverrides);
    expect(b).not.toBe(a);
    expect(map(f, none, noOverrides)).not.toBe(b);
  });

  it('applies a transient drag position and resize without touching the model', () => {
    const f = newFlow({ name: 'F' });
    const overrides = new Map([
      ['StartEvent_1', { position: { x: 5, y: 6 } }],
      ['Process_1', { size: { width: 900, height: 400 } }],
    ]);
    const nodes = createNodeMapper()(f, none, overrides);
    expect(nodes.find((n) => n.id === 'StartEvent_1')?.position).toEqual({ x: 5, y: 6 });
    expect(nodes[0]).toMatchObject({
      width: 900,
      height: 400,
      measured: { width: 900, height: 400 },
    });
    expect(f.process.steps[0]!.position).toEqual({ x: 80, y: 116 });
  });

  it('orders container steps before the steps inside them', () => {
    const f = newFlow({ name: 'F' });
    f.process.steps.unshift({
      id: 'In',
      type: 'script',
      name: 'In',
      position: { x: 0, y: 0 },
      parentId: 'Box',
      config: {},
    });
    f.process.steps.push({
      id: 'Box',
      type: 'script',
      name: 'Box',
      position: { x: 0, y: 0 },
      config: {},
    });
    const ids = createNodeMapper()(f, none, noOverrides).map((n) => n.id);
    expect(ids.indexOf('Box')).toBeLessThan(ids.indexOf('In'));
    expect(createNodeMapper()(f, none, noOverrides).find((n) => n.id === 'In')?.parentId).toBe(
      'Box',
    );
  });
});

describe('createEdgeMapper', () => {
  it('draws sequence flows solid and message flows dashed with the adapter type as label', () => {
    const f: Flow = {
      ...newFlow({ name: 'F' }),
      messageFlows: [
        {
          id: 'MessageFlow_1',
          source: 'Participant_1',
          target: 'StartEvent_1',
          adapter: { type: 'HTTPS', config: {} },
        },
      ],
    };
    const edges = createEdgeMapper()(f, new Set(['MessageFlow_1']), new Set(['SequenceFlow_1']));
    expect(edges).toHaveLength(2);
    const [seq, msg] = edges;
    expect(seq).toMatchObject({
      source: 'StartEvent_1',
      target: 'EndEvent_1',
      data: { kind: 'sequence' },
    });
    expect(seq!.ariaLabel).toBe('Sequence flow from Start to End');
    expect(seq!.className).toContain('ifs-edge--travelled');
    expect(msg).toMatchObject({ label: 'HTTPS', selected: true, data: { kind: 'message' } });
    expect(msg!.className).toContain('ifs-edge--message');
    expect(msg!.ariaLabel).toBe('Message flow HTTPS from Sender to Start');
  });

  it('reuses edge objects when nothing about them changed', () => {
    const map = createEdgeMapper();
    const f = newFlow({ name: 'F' });
    const a = map(f, none, none);
    const b = map({ ...f, name: 'Other' }, none, none);
    expect(b[0]).toBe(a[0]);
    const c = map(f, new Set(['SequenceFlow_1']), none);
    expect(c[0]).not.toBe(a[0]);
  });
});

describe('shortcutFor', () => {
  const key = (
    k: string,
    mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
  ) =>
    shortcutFor({
      key: k,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      ...mods,
    });
  it('maps Ctrl and Cmd combinations', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('Z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('c', { metaKey: true })).toBe('copy');
    expect(key('x', { ctrlKey: true })).toBe('cut');
    expect(key('v', { ctrlKey: true })).toBe('paste');
    expect(key('d', { ctrlKey: true })).toBe('duplicate');
  });
  it('ignores plain keys and Alt combinations', () => {
    expect(key('z')).toBeNull();
    expect(key('c', { ctrlKey: true, altKey: true })).toBeNull();
    expect(key('c', { ctrlKey: true, shiftKey: true })).toBeNull();
  });
});

describe('Local Integration Processes', () => {
  it('are top-level nodes at the pool position plus their own; moves go back relative', async () => {
    const { applyCommand } = await import('../../../core');
    const { toModelMoves } = await import('./nodeChanges');
    const added = applyCommand(newFlow({ name: 'F' }), 'element.add', {
      type: 'localProcess',
      position: { x: 0, y: 900 },
    });
    const flow = added.flow;
    const id = added.created[0]!;
    const node = createNodeMapper()(flow, none, noOverrides).find((n) => n.id === id)!;
    expect(node.parentId).toBeUndefined();
    expect(node.extent).toBeUndefined();
    expect(node.position).toEqual({
      x: flow.process.position.x,
      y: flow.process.position.y + 900,
    });
    expect(toModelMoves(flow, [{ id, position: { x: 500, y: 1000 } }])).toEqual([
      {
        id,
        position: { x: 500 - flow.process.position.x, y: 1000 - flow.process.position.y },
      },
    ]);
    // The pool moved in the same drag: relative to its new place.
    expect(
      toModelMoves(flow, [
        { id: flow.process.id, position: { x: 0, y: 0 } },
        { id, position: { x: 500, y: 1000 } },
      ])[1],
    ).toEqual({ id, position: { x: 500, y: 1000 } });
  });
});
