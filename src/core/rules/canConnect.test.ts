import { describe, expect, it, vi } from 'vitest';
import { newFlow } from '../model/factory';
import type { Flow } from '../model/flow';
import { canConnect } from './canConnect';
import { run } from './__fixtures__/flows';

vi.mock('../registry/registry', async (importOriginal) =>
  (await import('./__fixtures__/mockRegistry')).registryWithExtras(await importOriginal()),
);
vi.mock('../adapters', async (importOriginal) =>
  (await import('./__fixtures__/mockRegistry')).adaptersWithExtras(await importOriginal()),
);

const SENDER = 'Participant_1';
const RECEIVER = 'Participant_2';
const START = 'StartEvent_1';
const END = 'EndEvent_1';

function withSteps(...types: string[]): Flow {
  let flow = newFlow({ id: 'f', name: 'F' });
  types.forEach(
    (type, i) => (flow = run(flow, 'element.add', { type, position: { x: 100 * i, y: 0 } })),
  );
  return flow;
}

const refused = (reason: string) => ({ ok: false, reason });

describe('canConnect: allowed connections', () => {
  it('Sender → Start is a message flow', () => {
    expect(canConnect(newFlow({ name: 'F' }), SENDER, START)).toEqual({
      ok: true,
      kind: 'message',
    });
  });
  it('step → step is a sequence flow', () => {
    const flow = withSteps('script');
    expect(canConnect(flow, START, 'Script_1')).toEqual({ ok: false, reason: expect.any(String) });
    const free = run(flow, 'element.delete', { ids: ['SequenceFlow_1'] });
    expect(canConnect(free, START, 'Script_1')).toEqual({ ok: true, kind: 'sequence' });
    expect(canConnect(free, 'Script_1', END)).toEqual({ ok: true, kind: 'sequence' });
  });
  it('a step that may call a Receiver connects to it by a message flow', () => {
    const flow = withSteps('testRequestReply');
    expect(canConnect(flow, 'TestRequestReply_1', RECEIVER)).toEqual({ ok: true, kind: 'message' });
  });
  it('a step without an outgoing limit (Router) takes many outgoing flows', () => {
    let flow = withSteps('testRouter', 'script', 'script', 'script');
    flow = run(flow, 'link.connect', { source: 'TestRouter_1', target: 'Script_1' });
    flow = run(flow, 'link.connect', { source: 'TestRouter_1', target: 'Script_2' });
    expect(canConnect(flow, 'TestRouter_1', 'Script_3')).toEqual({ ok: true, kind: 'sequence' });
  });
  it('an End event takes several incoming flows', () => {
    let flow = withSteps('script');
    flow = run(flow, 'link.connect', { source: 'Script_1', target: END });
    expect(flow.process.sequenceFlows.filter((l) => l.target === END)).toHaveLength(2);
  });
  it('steps of the same subprocess connect', () => {
    let flow = withSteps('testSubprocess');
    flow = run(flow, 'element.add', {
      type: 'testErrorStart',
      position: { x: 0, y: 0 },
      parentId: 'TestSubprocess_1',
    });
    flow = run(flow, 'element.add', {
      type: 'testErrorEnd',
      position: { x: 0, y: 0 },
      parentId: 'TestSubprocess_1',
    });
    expect(canConnect(flow, 'TestErrorStart_1', 'TestErrorEnd_1')).toEqual({
      ok: true,
      kind: 'sequence',
    });
  });
  it('ignores the link being reconnected', () => {
    const flow = withSteps('script');
    expect(canConnect(flow, START, END).ok).toBe(false);
    expect(canConnect(flow, START, END, { ignoreLinkId: 'SequenceFlow_1' })).toEqual({
      ok: true,
      kind: 'sequence',
    });
  });
});

describe('canConnect: refusals say why', () => {
  const flow = withSteps('script', 'testRouter', 'testJoin', 'script');

  it('no self-loops', () => {
    expect(canConnect(flow, 'Script_1', 'Script_1')).toEqual(
      refused('An element cannot be connected to itself'),
    );
  });
  it('unknown ends', () => {
    expect(canConnect(flow, 'Nope', END)).toEqual(refused('Element "Nope" does not exist'));
    expect(canConnect(flow, START, 'Nope')).toEqual(refused('Element "Nope" does not exist'));
  });
  it('a Start event has no incoming sequence flows', () => {
    expect(canConnect(flow, 'Script_1', START)).toEqual(
      refused('A Start event cannot have incoming sequence flows'),
    );
  });
  it('an End event has no outgoing sequence flows', () => {
    expect(canConnect(flow, END, 'Script_1')).toEqual(
      refused('An End event cannot have outgoing sequence flows'),
    );
  });
  it('no duplicate links', () => {
    expect(canConnect(flow, START, END)).toEqual(refused('These steps are already connected'));
  });
  it('a one-outgoing step refuses a second outgoing flow', () => {
    // Asked of the flow before the link too: each flow version is judged by its own links.
    expect(canConnect(flow, 'Script_1', 'Script_2').ok).toBe(true);
    const f = run(flow, 'link.connect', { source: 'Script_1', target: END });
    expect(canConnect(f, 'Script_1', 'Script_2')).toEqual(
      refused(
        'A Script step can have only one outgoing sequence flow; remove the existing one first',
      ),
    );
  });
  it('Start has one outgoing flow', () => {
    expect(canConnect(flow, START, 'Script_1')).toEqual(
      refused(
        'A Start event can have only one outgoing sequence flow; remove the existing one first',
      ),
    );
  });
  it('an incoming limit above one names the number', () => {
    let f = run(flow, 'link.connect', { source: 'Script_1', target: 'TestJoin_1' });
    f = run(f, 'link.connect', { source: 'TestRouter_1', target: 'TestJoin_1' });
    expect(canConnect(f, 'Script_2', 'TestJoin_1')).toEqual(
      refused('A Join step can have at most 2 incoming sequence flows'),
    );
  });
  it('a Sender connects only to a Start event', () => {
    expect(canConnect(flow, SENDER, 'Script_1')).toEqual(
      refused('A Sender can connect only to a Start event'),
    );
    expect(canConnect(flow, SENDER, END)).toEqual(
      refused('A Sender can connect only to a Start event'),
    );
  });
  it('a Sender has at most one message flow, a Start one Sender', () => {
    let f = run(flow, 'link.connect', { source: SENDER, target: START, adapterType: 'HTTPS' });
    expect(canConnect(f, SENDER, START)).toEqual(
      refused('Sender already has a connection; a Sender has only one adapter'),
    );
    f = run(f, 'element.add', { type: 'sender', position: { x: 0, y: 0 } });
    expect(canConnect(f, 'Participant_3', START)).toEqual(
      refused('Start already has a Sender connection'),
    );
  });
  it('participants never connect to each other', () => {
    expect(canConnect(flow, SENDER, RECEIVER)).toEqual(
      refused('Participants cannot be connected to each other'),
    );
    expect(canConnect(flow, RECEIVER, SENDER)).toEqual(
      refused('Participants cannot be connected to each other'),
    );
  });
  it('a Receiver is never a source, a Sender never a target', () => {
    expect(canConnect(flow, RECEIVER, START)).toEqual(
      refused('A Receiver cannot start a connection; connect a step that calls it instead'),
    );
    expect(canConnect(flow, 'Script_1', SENDER)).toEqual(
      refused('A Sender cannot be the target of a connection'),
    );
  });
  it('only steps that may call a Receiver connect to it', () => {
    expect(canConnect(flow, 'Script_1', RECEIVER)).toEqual(
      refused(
        'A Script step cannot call a Receiver; use a step that calls a receiver (such as Request Reply)',
      ),
    );
    expect(canConnect(flow, END, RECEIVER).ok).toBe(false);
  });
  it('a step calls one Receiver once', () => {
    let f = withSteps('testRequestReply');
    f = run(f, 'link.connect', {
      source: 'TestRequestReply_1',
      target: RECEIVER,
      adapterType: 'TestHTTP',
    });
    expect(canConnect(f, 'TestRequestReply_1', RECEIVER)).toEqual(
      refused('These elements are already connected'),
    );
    f = run(f, 'element.add', { type: 'receiver', position: { x: 0, y: 0 } });
    expect(canConnect(f, 'TestRequestReply_1', 'Participant_3')).toEqual(
      refused('Request Reply 1 already calls a Receiver'),
    );
  });
  it('the pool and links are not connectable', () => {
    expect(canConnect(flow, 'Process_1', START)).toEqual(
      refused('The Integration Process itself cannot be connected; connect its steps'),
    );
    expect(canConnect(flow, START, 'SequenceFlow_1')).toEqual(
      refused('Only elements can be connected, not connections'),
    );
  });
  it('steps inside a subprocess link only to siblings', () => {
    let f = run(flow, 'element.add', { type: 'testSubprocess', position: { x: 0, y: 300 } });
    f = run(f, 'element.add', {
      type: 'testErrorStart',
      position: { x: 0, y: 0 },
      parentId: 'TestSubprocess_1',
    });
    const reason = 'Steps inside a subprocess can connect only to steps of the same subprocess';
    expect(canConnect(f, 'TestErrorStart_1', 'Script_1')).toEqual(refused(reason));
    expect(canConnect(f, 'TestRouter_1', 'TestErrorStart_1').ok).toBe(false);
  });
  it('a subprocess takes no sequence flows itself', () => {
    const f = run(flow, 'element.add', { type: 'testSubprocess', position: { x: 0, y: 300 } });
    expect(canConnect(f, 'Script_1', 'TestSubprocess_1')).toEqual(
      refused('An Exception Subprocess step cannot have incoming sequence flows'),
    );
  });
});
