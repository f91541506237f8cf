import { describe, expect, it, vi } from 'vitest';
import { newFlow } from '../model/factory';
import { SCRIPT_TEMPLATE } from '../script/template';
import { applyCommand } from './applyCommand';
import { CommandError } from './types';
import { deepFreeze, helloFlow, run } from '../rules/__fixtures__/flows';

vi.mock('../registry/registry', async (importOriginal) =>
  (await import('../rules/__fixtures__/mockRegistry')).registryWithExtras(await importOriginal()),
);

const base = () => deepFreeze(newFlow({ id: 'f', name: 'F' }));

describe('element.add', () => {
  it('adds a step with the registry default config, a readable id and a numbered name', () => {
    const out = applyCommand(base(), 'element.add', {
      type: 'testChecked',
      position: { x: 5, y: 6 },
    });
    expect(out.created).toEqual(['TestChecked_1']);
    expect(out.flow.process.steps.at(-1)).toEqual({
      id: 'TestChecked_1',
      type: 'testChecked',
      name: 'Checked 1',
      position: { x: 5, y: 6 },
      config: { count: 1, mode: 'a' },
    });
    const again = run(out.flow, 'element.add', { type: 'testChecked', position: { x: 0, y: 0 } });
    expect(again.process.steps.at(-1)).toMatchObject({ id: 'TestChecked_2', name: 'Checked 2' });
  });
  it('a new Script step gets its own new script resource from the template', () => {
    let flow = run(base(), 'element.add', { type: 'script', position: { x: 0, y: 0 } });
    flow = run(flow, 'element.add', { type: 'script', position: { x: 0, y: 0 } });
    expect(flow.resources.scripts).toEqual([
      { name: 'script1.js', language: 'javascript', content: SCRIPT_TEMPLATE },
      { name: 'script2.js', language: 'javascript', content: SCRIPT_TEMPLATE },
    ]);
    expect(flow.process.steps.slice(2).map((s) => [s.id, s.name, s.config.scriptFile])).toEqual([
      ['Script_1', 'Script 1', 'script1.js'],
      ['Script_2', 'Script 2', 'script2.js'],
    ]);
  });
  it('adds participants to flow.participants', () => {
    const out = applyCommand(base(), 'element.add', {
      type: 'receiver',
      position: { x: 900, y: 400 },
    });
    expect(out.created).toEqual(['Participant_3']);
    expect(out.flow.participants.at(-1)).toEqual({
      id: 'Participant_3',
      kind: 'receiver',
      name: 'Receiver 1',
      position: { x: 900, y: 400 },
    });
  });
  it('honours a given id and name, refuses a taken id', () => {
    const out = applyCommand(base(), 'element.add', {
      type: 'endEvent',
      position: { x: 0, y: 0 },
      id: 'E2',
      name: 'Done',
    });
    expect(out.flow.process.steps.at(-1)).toMatchObject({ id: 'E2', name: 'Done' });
    expect(() =>
      applyCommand(base(), 'element.add', {
        type: 'endEvent',
        position: { x: 0, y: 0 },
        id: 'StartEvent_1',
      }),
    ).toThrow('The id "StartEvent_1" is already in use');
  });
  it('refuses a second Start, unknown types and bad positions', () => {
    expect(() =>
      applyCommand(base(), 'element.add', { type: 'startEvent', position: { x: 0, y: 0 } }),
    ).toThrow(new CommandError('The process already has a Start event; only one is allowed'));
    expect(() =>
      applyCommand(base(), 'element.add', { type: 'Foo', position: { x: 0, y: 0 } }),
    ).toThrow('Unknown element type "Foo"');
    expect(() =>
      applyCommand(base(), 'element.add', { type: 'script', position: { x: NaN, y: 0 } }),
    ).toThrow(CommandError);
  });
  it('containers get a size; children keep their parent', () => {
    let flow = run(base(), 'element.add', { type: 'testSubprocess', position: { x: 0, y: 300 } });
    flow = run(flow, 'element.add', {
      type: 'testErrorStart',
      position: { x: 10, y: 10 },
      parentId: 'TestSubprocess_1',
    });
    expect(flow.process.steps.find((s) => s.id === 'TestSubprocess_1')?.size).toEqual({
      width: 300,
      height: 160,
    });
    expect(flow.process.steps.at(-1)).toMatchObject({
      parentId: 'TestSubprocess_1',
      position: { x: 10, y: 10 },
    });
  });
});

describe('element.add keeps steps inside the pool', () => {
  it('a subprocess that does not fit grows the pool in the same command', () => {
    const flow = base();
    const out = run(flow, 'element.add', { type: 'testSubprocess', position: { x: 40, y: 200 } });
    // 300 × 160 at (40, 200) + 16 px margin: the pool grows from 560 × 280 to 560 × 376.
    expect(out.process.size).toEqual({ width: 560, height: 376 });
    expect(out.participants).toEqual(flow.participants);
  });
  it('a step that fits leaves the pool as it is', () => {
    const flow = base();
    const out = run(flow, 'element.add', { type: 'script', position: { x: 200, y: 100 } });
    expect(out.process.size).toBe(flow.process.size);
  });
});

describe('element.move', () => {
  it('moves participants, steps and the pool; untouched elements keep their identity', () => {
    const flow = base();
    const out = run(flow, 'element.move', {
      moves: [
        { id: 'Participant_1', position: { x: 1, y: 2 } },
        { id: 'StartEvent_1', position: { x: 3, y: 4 } },
        { id: 'Process_1', position: { x: 5, y: 6 } },
      ],
    });
    expect(out.participants[0]!.position).toEqual({ x: 1, y: 2 });
    expect(out.process.steps[0]!.position).toEqual({ x: 3, y: 4 });
    expect(out.process.position).toEqual({ x: 5, y: 6 });
    expect(out.process.steps[1]).toBe(flow.process.steps[1]);
    expect(out.participants[1]).toBe(flow.participants[1]);
  });
  it('is a no-op (same flow) when nothing moves; refuses unknown ids and links', () => {
    const flow = base();
    expect(
      run(flow, 'element.move', {
        moves: [{ id: 'StartEvent_1', position: { ...flow.process.steps[0]!.position } }],
      }),
    ).toBe(flow);
    expect(() =>
      run(flow, 'element.move', { moves: [{ id: 'X', position: { x: 0, y: 0 } }] }),
    ).toThrow('Element "X" does not exist');
    expect(() =>
      run(flow, 'element.move', { moves: [{ id: 'SequenceFlow_1', position: { x: 0, y: 0 } }] }),
    ).toThrow('Connections cannot be moved');
  });
});

describe('element.delete', () => {
  it('removes elements and every link touching them', () => {
    const flow = deepFreeze(helloFlow());
    const out = run(flow, 'element.delete', { ids: ['Script_1', 'Participant_1'] });
    expect(out.process.steps.map((s) => s.id)).toEqual(['StartEvent_1', 'EndEvent_1']);
    expect(out.process.sequenceFlows).toEqual([]);
    expect(out.messageFlows).toEqual([]);
    expect(out.participants.map((p) => p.id)).toEqual(['Participant_2']);
    expect(out.resources.scripts).toHaveLength(1);
  });
  it('deletes links alone, Start and End too', () => {
    const out = run(base(), 'element.delete', { ids: ['SequenceFlow_1'] });
    expect(out.process.steps).toHaveLength(2);
    expect(out.process.sequenceFlows).toEqual([]);
    expect(
      run(base(), 'element.delete', { ids: ['StartEvent_1', 'EndEvent_1'] }).process.steps,
    ).toEqual([]);
  });
  it('deletes the children of a deleted subprocess with their links', () => {
    let flow = run(base(), 'element.add', { type: 'testSubprocess', position: { x: 0, y: 300 } });
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
    flow = run(flow, 'link.connect', { source: 'TestErrorStart_1', target: 'TestErrorEnd_1' });
    const out = run(flow, 'element.delete', { ids: ['TestSubprocess_1'] });
    expect(out.process.steps.map((s) => s.id)).toEqual(['StartEvent_1', 'EndEvent_1']);
    expect(out.process.sequenceFlows.map((l) => l.id)).toEqual(['SequenceFlow_1']);
  });
  it('drops the preview sample of a deleted step', () => {
    let flow = helloFlow();
    flow = run(flow, 'sample.set', {
      stepId: 'Script_1',
      sample: { body: 'x', headers: {}, properties: {} },
    });
    expect(run(flow, 'element.delete', { ids: ['Script_1'] }).samples).toEqual({});
  });
  it('ignores stale ids, refuses the pool alone and nothing at all', () => {
    expect(
      run(base(), 'element.delete', { ids: ['gone', 'EndEvent_1'] }).process.steps,
    ).toHaveLength(1);
    expect(
      run(base(), 'element.delete', { ids: ['Process_1', 'EndEvent_1'] }).process.steps,
    ).toHaveLength(1);
    expect(() => run(base(), 'element.delete', { ids: ['Process_1'] })).toThrow(
      'The Integration Process cannot be deleted',
    );
    expect(() => run(base(), 'element.delete', { ids: ['gone'] })).toThrow('Nothing to delete');
  });
});

describe('element.rename', () => {
  it('renames participants, steps, the pool and sequence flows', () => {
    let flow = base();
    flow = run(flow, 'element.rename', { id: 'Participant_1', name: 'Postman' });
    flow = run(flow, 'element.rename', { id: 'StartEvent_1', name: 'Begin' });
    flow = run(flow, 'element.rename', { id: 'Process_1', name: 'Main' });
    flow = run(flow, 'element.rename', { id: 'SequenceFlow_1', name: 'go' });
    expect(flow.participants[0]!.name).toBe('Postman');
    expect(flow.process.steps[0]!.name).toBe('Begin');
    expect(flow.process.name).toBe('Main');
    expect(flow.process.sequenceFlows[0]!.name).toBe('go');
  });
  it('allows an empty name while typing; same name is a no-op; refuses unknown ids and message flows', () => {
    const flow = base();
    expect(run(flow, 'element.rename', { id: 'EndEvent_1', name: '' }).process.steps[1]!.name).toBe(
      '',
    );
    expect(run(flow, 'element.rename', { id: 'EndEvent_1', name: 'End' })).toBe(flow);
    expect(() => run(flow, 'element.rename', { id: 'X', name: 'a' })).toThrow(
      'Element "X" does not exist',
    );
    expect(() => run(helloFlow(), 'element.rename', { id: 'MessageFlow_1', name: 'a' })).toThrow(
      /has no name/,
    );
    expect(() => run(flow, 'element.rename', { id: 'EndEvent_1', name: 'x'.repeat(201) })).toThrow(
      /too long/,
    );
  });
});

describe('step.configure', () => {
  it('replaces the config, even with values validation will flag', () => {
    const flow = deepFreeze(helloFlow());
    const out = run(flow, 'step.configure', {
      id: 'Script_1',
      config: { scriptFile: '', functionName: 'go' },
    });
    expect(out.process.steps.find((s) => s.id === 'Script_1')!.config).toEqual({
      scriptFile: '',
      functionName: 'go',
    });
  });
  it('refuses unknown steps and non-object configs', () => {
    expect(() => run(base(), 'step.configure', { id: 'X', config: {} })).toThrow(
      'Step "X" does not exist',
    );
    // A broken caller must be told, not corrupt the flow.
    expect(() =>
      run(base(), 'step.configure', {
        id: 'EndEvent_1',
        config: [] as unknown as Record<string, unknown>,
      }),
    ).toThrow('Configuration must be an object');
  });
});
