import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/applyCommand';
import type { CommandName, CommandPayloads } from '../commands/types';
import { newFlow } from './factory';
import type { Flow } from './flow';
import { orderedOutgoing, prunedRouteOrder } from './routeOrder';

const run = <N extends CommandName>(flow: Flow, name: N, payload: CommandPayloads[N]) =>
  applyCommand(flow, name, payload);

/** Start → Router → (A: Script 1, B: Script 2, C: End) with named, conditioned routes. */
function routerFlow() {
  let flow = newFlow({ id: 'f', name: 'F' });
  const start = flow.process.steps.find((s) => s.type === 'startEvent')!.id;
  const end = flow.process.steps.find((s) => s.type === 'endEvent')!.id;
  flow = run(flow, 'element.delete', {
    ids: flow.process.sequenceFlows.map((l) => l.id),
  }).flow;
  const add = (type: string) => {
    const out = run(flow, 'element.add', { type, position: { x: 0, y: 0 } });
    flow = out.flow;
    return out.created[0]!;
  };
  const connect = (source: string, target: string) => {
    const out = run(flow, 'link.connect', { source, target });
    flow = out.flow;
    return out.created[0]!;
  };
  const router = add('router');
  const s1 = add('script');
  const s2 = add('script');
  connect(start, router);
  const a = connect(router, s1);
  const b = connect(router, s2);
  const c = connect(router, end);
  flow = run(flow, 'link.configure', {
    id: a,
    name: 'A',
    config: { expressionType: 'NonXML', condition: "${header.x} = '1'", isDefault: false },
  }).flow;
  return { flow, router, s1, s2, end, a, b, c };
}

describe('route order', () => {
  it('takes routeOrder first, then the other links in drawing order', () => {
    const { flow, router, a, b, c } = routerFlow();
    const step = () => flow.process.steps.find((s) => s.id === router)!;
    expect(orderedOutgoing(flow, step()).map((l) => l.id)).toEqual([a, b, c]);
    const ordered = run(flow, 'step.configure', {
      id: router,
      config: { ...step().config, routeOrder: [c] },
    }).flow;
    const r = ordered.process.steps.find((s) => s.id === router)!;
    expect(orderedOutgoing(ordered, r).map((l) => l.id)).toEqual([c, a, b]);
    expect(prunedRouteOrder(ordered, r, [c, 'gone', a])).toEqual({
      kept: [c, a],
      dropped: ['gone'],
    });
    expect(prunedRouteOrder(ordered, r, [c, a])).toBeUndefined();
  });

  it('deleting a route (or its target) removes it from the route order in the same edit', () => {
    const { flow, router, s2, a, b, c } = routerFlow();
    const config = flow.process.steps.find((s) => s.id === router)!.config;
    const ordered = run(flow, 'step.configure', {
      id: router,
      config: { ...config, routeOrder: [c, b, a] },
    }).flow;
    const routeOrder = (f: Flow) => f.process.steps.find((s) => s.id === router)!.config.routeOrder;
    expect(routeOrder(run(ordered, 'element.delete', { ids: [b] }).flow)).toEqual([c, a]);
    expect(routeOrder(run(ordered, 'element.delete', { ids: [s2] }).flow)).toEqual([c, a]);
  });
});

describe('link.split', () => {
  it('keeps the route (id, name, condition, order place) and adds the link after the step', () => {
    const { flow, router, s1, a, b, c } = routerFlow();
    const config = flow.process.steps.find((s) => s.id === router)!.config;
    let f = run(flow, 'step.configure', {
      id: router,
      config: { ...config, routeOrder: [b, a, c] },
    }).flow;
    const added = run(f, 'element.add', { type: 'contentModifier', position: { x: 0, y: 0 } });
    f = added.flow;
    const cm = added.created[0]!;
    const out = run(f, 'link.split', { id: a, stepId: cm });
    const route = out.flow.process.sequenceFlows.find((l) => l.id === a)!;
    expect(route).toMatchObject({ source: router, target: cm, name: 'A' });
    expect(route.config).toMatchObject({ condition: "${header.x} = '1'" });
    const tail = out.flow.process.sequenceFlows.find((l) => l.id === out.created[0])!;
    expect(tail).toMatchObject({ source: cm, target: s1 });
    const r = out.flow.process.steps.find((s) => s.id === router)!;
    expect(orderedOutgoing(out.flow, r).map((l) => l.id)).toEqual([b, a, c]);
  });

  it('refuses what the connection rules refuse, naming why', () => {
    const { flow, a, router } = routerFlow();
    expect(() => run(flow, 'link.split', { id: 'nope', stepId: router })).toThrow(
      'Sequence flow "nope" does not exist',
    );
    expect(() => run(flow, 'link.split', { id: a, stepId: router })).toThrow(
      'A step cannot be inserted into its own connection',
    );
    const start = flow.process.steps.find((s) => s.type === 'startEvent')!.id;
    // A Start Message event takes no incoming link.
    expect(() => run(flow, 'link.split', { id: a, stepId: start })).toThrow();
  });
});
