import { describe, expect, it } from 'vitest';
import { newFlow } from '../model/factory';
import type { Flow } from '../model/flow';
import { STORED_HISTORY_MIN, trimForStorage } from './trimForStorage';

function withSteps(flow: Flow, n: number): Flow {
  const steps = Array.from({ length: n }, (_, i) => ({
    id: `Script_${i}`,
    type: 'script',
    name: `Script ${i}`,
    position: { x: i * 10, y: 0 },
    config: { scriptFile: '', functionName: '' },
  }));
  return { ...flow, process: { ...flow.process, steps: [...flow.process.steps, ...steps] } };
}

const snapshots = (flow: Flow, n: number) => Array.from({ length: n }, () => flow);

describe('trimForStorage', () => {
  it('keeps the whole history of a small flow', () => {
    const flow = newFlow({ id: 'F', name: 'F' });
    const stacks = { past: snapshots(flow, 150), future: snapshots(flow, 50) };
    expect(trimForStorage(flow, stacks)).toBe(stacks);
  });

  it('keeps the newest steps of a big flow, undo before redo', () => {
    const flow = withSteps(newFlow({ id: 'F', name: 'F' }), 1000);
    const past = Array.from({ length: 100 }, (_, i) => ({ ...flow, name: `past ${i}` }));
    const future = Array.from({ length: 30 }, (_, i) => ({ ...flow, name: `future ${i}` }));
    const kept = trimForStorage(flow, { past, future });
    expect(kept.past.length + kept.future.length).toBeGreaterThanOrEqual(STORED_HISTORY_MIN);
    expect(kept.past.length + kept.future.length).toBeLessThan(30);
    expect(kept.past.at(-1)?.name).toBe('past 99');
    expect(kept.future[0]?.name).toBe('future 0');
  });
});
