import { describe, expect, it } from 'vitest';
import { newFlow } from '../../core/model/factory';
import { emptyDraft } from '../../store/simulationStore';
import {
  draftFromTestCase,
  draftToSample,
  duplicateNames,
  messageToSample,
  newRow,
  runnableDraft,
} from './inputDraft';

describe('input draft', () => {
  it('turns rows into a message, skipping unnamed rows, last duplicate wins', () => {
    const rows = [newRow('a', '1'), newRow('', 'x'), newRow(' a ', '2'), newRow('b', '3')];
    expect(
      draftToSample({ body: 'B', headers: rows, properties: [], startStepId: '', endStepId: '' }),
    ).toEqual({
      body: 'B',
      headers: { a: '2', b: '3' },
      properties: {},
    });
    expect([...duplicateNames(rows)]).toEqual(['a']);
  });
  it('loads a test case into the editor', () => {
    const d = draftFromTestCase({
      id: 't',
      name: 'n',
      input: { body: 'x', headers: { h: '1' }, properties: { p: '2' } },
      expectations: [],
      endStepId: 'End',
    });
    expect(d.body).toBe('x');
    expect(d.headers.map((r) => [r.name, r.value])).toEqual([['h', '1']]);
    expect(d.properties.map((r) => [r.name, r.value])).toEqual([['p', '2']]);
    expect([d.startStepId, d.endStepId]).toEqual(['', 'End']);
  });
  it('resets start and end steps that were deleted from the flow', () => {
    const flow = newFlow({ id: 'F', name: 'F' });
    const d = { ...emptyDraft(), startStepId: 'StartEvent_1', endStepId: 'Gone_1' };
    expect(runnableDraft(flow, d)).toMatchObject({ startStepId: 'StartEvent_1', endStepId: '' });
  });
  it('turns a run message into a sample of strings, without the properties every run sets', () => {
    const sample = messageToSample({
      body: { a: 1 },
      headers: { n: 2, s: 'x' },
      properties: { SAP_MessageProcessingLogID: 'AG1', CamelCreatedTimestamp: 1, keep: true },
    });
    expect(sample).toEqual({
      body: '{"a":1}',
      headers: { n: '2', s: 'x' },
      properties: { keep: 'true' },
    });
  });
});
