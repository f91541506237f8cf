import { describe, expect, it, vi } from 'vitest';
import { newFlow } from '../model/factory';
import { allIds } from '../model/ids';
import { copySelection } from './clipboard';
import { applyCommand } from './applyCommand';
import { deepFreeze, helloFlow, run } from '../rules/__fixtures__/flows';

vi.mock('../registry/registry', async (importOriginal) =>
  (await import('../rules/__fixtures__/mockRegistry')).registryWithExtras(await importOriginal()),
);

describe('copySelection', () => {
  it('keeps selected elements and only links with both ends selected', () => {
    const flow = helloFlow();
    const clip = copySelection(flow, ['Script_1', 'EndEvent_1', 'Participant_1']);
    expect(clip.kind).toBe('ifs-clipboard');
    expect(clip.steps.map((s) => s.id)).toEqual(['EndEvent_1', 'Script_1']);
    expect(clip.participants.map((p) => p.id)).toEqual(['Participant_1']);
    expect(clip.sequenceFlows.map((l) => l.id)).toEqual(['SequenceFlow_3']);
    expect(clip.messageFlows).toEqual([]);
  });
  it('is a deep copy', () => {
    const flow = helloFlow();
    const clip = copySelection(flow, ['Script_1']);
    expect(clip.steps[0]).toEqual(flow.process.steps[2]);
    expect(clip.steps[0]).not.toBe(flow.process.steps[2]);
  });
});

describe('elements.paste', () => {
  it('pastes with new ids, shifted positions and the inner links', () => {
    const flow = deepFreeze(helloFlow());
    const clip = copySelection(flow, ['Script_1', 'EndEvent_1']);
    const out = applyCommand(flow, 'elements.paste', { clipboard: clip, offset: { x: 10, y: 20 } });
    expect(out.created).toEqual(['EndEvent_2', 'Script_2', 'SequenceFlow_4']);
    const ids = allIds(flow);
    for (const id of out.created) expect(ids.has(id)).toBe(false);
    const [end, script] = out.flow.process.steps.slice(-2);
    expect(end).toMatchObject({ type: 'endEvent', name: 'End 2', position: { x: 440, y: 136 } });
    expect(script).toMatchObject({
      type: 'script',
      name: 'Script 2',
      position: { x: 210, y: 120 },
      config: { scriptFile: 'script1.js' },
    });
    expect(out.flow.process.sequenceFlows.at(-1)).toEqual({
      id: 'SequenceFlow_4',
      source: 'Script_2',
      target: 'EndEvent_2',
    });
    expect(out.flow.resources).toBe(flow.resources);
  });
  it('pasting the same clipboard twice gives distinct ids', () => {
    const clip = copySelection(helloFlow(), ['Script_1']);
    let flow = run(helloFlow(), 'elements.paste', { clipboard: clip, offset: { x: 0, y: 0 } });
    flow = run(flow, 'elements.paste', { clipboard: clip, offset: { x: 0, y: 0 } });
    expect(flow.process.steps.map((s) => s.id)).toEqual([
      'StartEvent_1',
      'EndEvent_1',
      'Script_1',
      'Script_2',
      'Script_3',
    ]);
  });
  it('gives pasted elements fresh numbered names, participants too', () => {
    const flow = helloFlow();
    const clip = copySelection(flow, ['Script_1', 'Participant_2']);
    let out = run(flow, 'elements.paste', { clipboard: clip, offset: { x: 0, y: 0 } });
    out = run(out, 'elements.paste', { clipboard: clip, offset: { x: 0, y: 0 } });
    expect(out.process.steps.filter((s) => s.type === 'script').map((s) => s.name)).toEqual([
      'Script 1',
      'Script 2',
      'Script 3',
    ]);
    expect(out.participants.map((p) => p.name)).toEqual([
      'Sender',
      'Receiver',
      'Receiver 2',
      'Receiver 3',
    ]);
    const renamed = run(flow, 'element.rename', { id: 'Script_1', name: 'Say hello' });
    const dup = run(renamed, 'elements.duplicate', { ids: ['Script_1'] });
    expect(dup.process.steps.at(-1)!.name).toBe('Say hello 2');
  });
  it('a pasted Script step shares its script file; another flow gets the file too', () => {
    const flow = run(helloFlow(), 'script.edit', { name: 'script1.js', content: 'hello()' });
    const clip = copySelection(flow, ['Script_1']);
    expect(clip.scripts).toEqual([
      { name: 'script1.js', language: 'javascript', content: 'hello()' },
    ]);
    const same = run(flow, 'elements.paste', { clipboard: clip, offset: { x: 0, y: 0 } });
    expect(same.resources).toBe(flow.resources);
    expect(same.process.steps.at(-1)!.config.scriptFile).toBe('script1.js');

    const other = deepFreeze(newFlow({ name: 'Other' }));
    const pasted = run(other, 'elements.paste', { clipboard: clip, offset: { x: 0, y: 0 } });
    expect(pasted.resources.scripts).toEqual(clip.scripts);
    // The name is free in the other flow, so it stays.
    expect(pasted.process.steps.at(-1)).toMatchObject({
      name: 'Script 1',
      config: { scriptFile: 'script1.js' },
    });
  });
  it('grows the pool when a paste lands outside it, moving the Receiver along', () => {
    const flow = deepFreeze(helloFlow());
    const out = run(flow, 'elements.paste', {
      clipboard: copySelection(flow, ['Script_1']),
      offset: { x: 400, y: 200 },
    });
    // Script 1 is 120 × 64 at (200, 100); pasted at (600, 300) plus a 16 px margin.
    expect(out.process.size).toEqual({ width: 736, height: 380 });
    const receiver = out.participants.find((p) => p.id === 'Participant_2')!;
    expect(receiver.position).toEqual({ x: 850 + 176, y: 130 });
    expect(out.participants[0]!.position).toEqual(flow.participants[0]!.position);
  });
  it('leaves out a second Start with its links, and refuses when nothing is left', () => {
    const flow = helloFlow();
    const all = copySelection(flow, ['Participant_1', 'StartEvent_1', 'Script_1']);
    const out = applyCommand(flow, 'elements.paste', { clipboard: all, offset: { x: 0, y: 0 } });
    expect(out.created).toEqual(['Participant_3', 'Script_2']);
    const onlyStart = copySelection(flow, ['StartEvent_1']);
    expect(() =>
      run(flow, 'elements.paste', { clipboard: onlyStart, offset: { x: 0, y: 0 } }),
    ).toThrow(/Nothing to paste/);
  });
  it('pastes a Start into a flow without one, with the Sender link', () => {
    const flow = helloFlow();
    const clip = copySelection(flow, ['Participant_1', 'StartEvent_1']);
    const empty = run(newFlow({ name: 'E' }), 'element.delete', {
      ids: ['StartEvent_1', 'Participant_1'],
    });
    const out = run(empty, 'elements.paste', { clipboard: clip, offset: { x: 0, y: 0 } });
    expect(out.messageFlows).toHaveLength(1);
    expect(out.messageFlows[0]).toMatchObject({
      source: 'Participant_3',
      target: 'StartEvent_1',
      adapter: { type: 'HTTPS' },
    });
  });
  it('a pasted subprocess brings its children, positions relative to it', () => {
    let flow = run(newFlow({ name: 'S' }), 'element.add', {
      type: 'testSubprocess',
      position: { x: 0, y: 300 },
    });
    flow = run(flow, 'element.add', {
      type: 'testErrorStart',
      position: { x: 7, y: 8 },
      parentId: 'TestSubprocess_1',
    });
    const out = run(flow, 'elements.paste', {
      clipboard: copySelection(flow, ['TestSubprocess_1']),
      offset: { x: 50, y: 50 },
    });
    expect(out.process.steps.slice(-2)).toMatchObject([
      { id: 'TestSubprocess_2', position: { x: 50, y: 350 } },
      { id: 'TestErrorStart_2', parentId: 'TestSubprocess_2', position: { x: 7, y: 8 } },
    ]);
  });
  it('refuses something that is not a clipboard', () => {
    expect(() =>
      run(helloFlow(), 'elements.paste', { clipboard: {} as never, offset: { x: 0, y: 0 } }),
    ).toThrow('The clipboard holds no flow elements');
  });
});

describe('elements.duplicate', () => {
  it('duplicates with an offset and new ids', () => {
    const flow = helloFlow();
    const out = applyCommand(flow, 'elements.duplicate', { ids: ['Script_1'] });
    expect(out.created).toEqual(['Script_2']);
    expect(out.flow.process.steps.at(-1)!.position).toEqual({ x: 240, y: 140 });
  });
});
