import { describe, expect, it } from 'vitest';
import { newFlow } from './factory';
import { allIds, copyName, idPrefix, nextId, nextName, nextScriptName } from './ids';

describe('newFlow', () => {
  it('creates the CPI starting flow: Sender, pool with Start → End, Receiver', () => {
    const flow = newFlow({ id: 'f1', name: 'Hello', description: 'd' });
    expect(flow).toMatchObject({
      schemaVersion: 2,
      id: 'f1',
      name: 'Hello',
      description: 'd',
      messageFlows: [],
    });
    expect(flow.participants.map((p) => [p.id, p.kind, p.name])).toEqual([
      ['Participant_1', 'sender', 'Sender'],
      ['Participant_2', 'receiver', 'Receiver'],
    ]);
    expect(flow.process.name).toBe('Integration Process');
    expect(flow.process.steps.map((s) => [s.id, s.type, s.name])).toEqual([
      ['StartEvent_1', 'startEvent', 'Start'],
      ['EndEvent_1', 'endEvent', 'End'],
    ]);
    expect(flow.process.sequenceFlows).toEqual([
      { id: 'SequenceFlow_1', source: 'StartEvent_1', target: 'EndEvent_1' },
    ]);
    expect(flow.settings).toEqual({
      allowedHeaders: '',
      logLevel: 'Info',
      returnExceptionToSender: false,
      limits: {
        scriptTimeMs: 1000,
        scriptMemoryMb: 64,
        stepBudget: 1000,
        maxMessageBytes: 10 * 1024 * 1024,
      },
    });
    expect(flow.resources.scripts).toEqual([]);
  });
  it('places Sender left of the pool, Receiver right, steps inside it', () => {
    const { participants, process } = newFlow({ name: 'X' });
    const [sender, receiver] = participants;
    expect(sender!.position.x + 110).toBeLessThan(process.position.x);
    expect(receiver!.position.x).toBeGreaterThan(process.position.x + process.size.width);
    for (const s of process.steps) {
      expect(s.position.x).toBeGreaterThan(0);
      expect(s.position.x + 48).toBeLessThan(process.size.width);
      expect(s.position.y + 48).toBeLessThan(process.size.height);
    }
  });
  it('gives each new flow its own id when none is given', () => {
    const a = newFlow({ name: 'A' });
    expect(a.id).toMatch(/^Flow_/);
    expect(newFlow({ name: 'A' }).id).not.toBe(a.id);
    expect(a.description).toBe('');
  });
});

describe('id helpers', () => {
  it('numbers ids past the highest in use and skips taken ones', () => {
    expect(nextId(new Set(), 'Script')).toBe('Script_1');
    expect(nextId(new Set(['Script_1', 'Script_7', 'Other_9']), 'Script')).toBe('Script_8');
    expect(allIds(newFlow({ name: 'A' }))).toEqual(
      new Set([
        'Process_1',
        'Participant_1',
        'Participant_2',
        'StartEvent_1',
        'EndEvent_1',
        'SequenceFlow_1',
      ]),
    );
  });
  it('derives readable prefixes from type ids', () => {
    expect(idPrefix('contentModifier')).toBe('ContentModifier');
    expect(idPrefix('script')).toBe('Script');
    expect(idPrefix('')).toBe('Element');
  });
  it('numbers names and script files', () => {
    expect(nextName(['Script 1', 'Script 3', 'Scripts 9'], 'Script')).toBe('Script 4');
    expect(nextName([], 'Content Modifier')).toBe('Content Modifier 1');
    const flow = newFlow({ name: 'A' });
    expect(nextScriptName(flow)).toBe('script1.js');
    flow.resources.scripts.push({ name: 'script1.js', language: 'javascript', content: '' });
    expect(nextScriptName(flow)).toBe('script2.js');
  });
  it('names copies: a free name stays, a taken one gets the next number', () => {
    expect(copyName('Script 1', ['Start', 'End'])).toBe('Script 1');
    expect(copyName('Script 1', ['Script 1'])).toBe('Script 2');
    expect(copyName('Script 1', ['Script 1', 'Script 4'])).toBe('Script 5');
    expect(copyName('Script 4', ['Script 1', 'Script 4'])).toBe('Script 5');
    expect(copyName('End', ['End'])).toBe('End 2');
    expect(copyName('Say hello', ['Say hello', 'Say hello 2'])).toBe('Say hello 3');
    expect(copyName('Call (v2)', ['Call (v2)'])).toBe('Call (v2) 2');
  });
});
