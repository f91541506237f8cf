import { describe, expect, it } from 'vitest';
import type { Trace } from '../core/engine';
import { createSimulationStore, emptyDraft } from './simulationStore';

const trace = { status: 'completed', entries: [], route: [] } as unknown as Trace;
const result = { pass: true, failures: [], trace, testCaseName: 'T' };

describe('simulationStore', () => {
  it('keeps one input draft per flow id', () => {
    const store = createSimulationStore();
    store.getState().updateDraft('Flow_a', { body: 'A' });
    store.getState().updateDraft('Flow_b', { body: 'B', endStepId: 'End' });
    store.getState().updateDraft('Flow_a', { startStepId: 'Script_1' });
    expect(store.getState().drafts.Flow_a).toEqual({
      ...emptyDraft(),
      body: 'A',
      startStepId: 'Script_1',
    });
    expect(store.getState().drafts.Flow_b).toEqual({
      ...emptyDraft(),
      body: 'B',
      endStepId: 'End',
    });
  });

  it('clearRun forgets the run but keeps drafts and test results', () => {
    const store = createSimulationStore();
    store.getState().updateDraft('F', { body: 'x' });
    store.getState().setResult('T1', result);
    store.setState({ trace, position: 'S', busy: true, stepped: true, flowKey: 'k' });
    store.getState().clearRun();
    const s = store.getState();
    expect([s.trace, s.position, s.cursor, s.busy, s.stepped]).toEqual([
      null,
      null,
      null,
      false,
      false,
    ]);
    expect(s.results.T1).toBe(result);
    expect(s.drafts.F?.body).toBe('x');
    expect(s.flowKey).toBe('k');
  });

  it('clearAll also forgets test results and the flow key, not the drafts', () => {
    const store = createSimulationStore();
    store.getState().updateDraft('F', { body: 'x' });
    store.getState().setResult('T1', result);
    store.setState({ trace, flowKey: 'k', testsRunning: ['T2'] });
    store.getState().clearAll();
    const s = store.getState();
    expect(s.results).toEqual({});
    expect(s.testsRunning).toEqual([]);
    expect(s.flowKey).toBeNull();
    expect(s.trace).toBeNull();
    expect(s.drafts.F?.body).toBe('x');
  });
});
