import { describe, expect, it, vi } from 'vitest';
import { newFlow } from '../model/factory';
import { canAdd } from './canAdd';
import { run } from './__fixtures__/flows';

vi.mock('../registry/registry', async (importOriginal) =>
  (await import('./__fixtures__/mockRegistry')).registryWithExtras(await importOriginal()),
);

describe('canAdd', () => {
  const flow = run(newFlow({ name: 'F' }), 'element.add', {
    type: 'testSubprocess',
    position: { x: 0, y: 0 },
  });

  it('allows steps and participants', () => {
    expect(canAdd(flow, 'script')).toEqual({ ok: true });
    expect(canAdd(flow, 'receiver')).toEqual({ ok: true });
    expect(canAdd(flow, 'endEvent')).toEqual({ ok: true });
  });
  it('refuses unknown types', () => {
    expect(canAdd(flow, 'Foo')).toEqual({ ok: false, reason: 'Unknown element type "Foo"' });
  });
  it('one Start per process', () => {
    expect(canAdd(flow, 'startEvent')).toEqual({
      ok: false,
      reason: 'The process already has a Start event; only one is allowed',
    });
    const noStart = run(flow, 'element.delete', { ids: ['StartEvent_1'] });
    expect(canAdd(noStart, 'startEvent')).toEqual({ ok: true });
  });
  it('singletons count per subprocess', () => {
    expect(canAdd(flow, 'testErrorStart', 'TestSubprocess_1')).toEqual({ ok: true });
    const once = run(flow, 'element.add', {
      type: 'testErrorStart',
      position: { x: 0, y: 0 },
      parentId: 'TestSubprocess_1',
    });
    expect(canAdd(once, 'testErrorStart', 'TestSubprocess_1')).toEqual({
      ok: false,
      reason: 'This subprocess already has an Error Start event; only one is allowed',
    });
    expect(canAdd(once, 'testErrorStart')).toEqual({ ok: true });
  });
  it('a parent must be a container; no nesting of containers; participants stay outside', () => {
    expect(canAdd(flow, 'script', 'StartEvent_1')).toEqual({
      ok: false,
      reason: '"StartEvent_1" is not a subprocess that can hold steps',
    });
    expect(canAdd(flow, 'testSubprocess', 'TestSubprocess_1')).toEqual({
      ok: false,
      reason: 'A subprocess cannot be placed inside another one',
    });
    expect(canAdd(flow, 'sender', 'TestSubprocess_1')).toEqual({
      ok: false,
      reason: 'Participants belong outside the Integration Process',
    });
  });
});
