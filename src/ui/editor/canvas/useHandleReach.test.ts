import { describe, expect, it } from 'vitest';
import { handleReach } from './useHandleReach';

describe('handleReach', () => {
  it('is 6 px around the 10 px point at normal zoom and above', () => {
    expect(handleReach(1)).toBe(6);
    expect(handleReach(2.5)).toBe(6);
  });

  it('keeps the hit ring at least 16 px on screen when zoomed out to 0.4', () => {
    for (const zoom of [0.8, 0.6, 0.5, 0.4]) {
      const onScreen = (10 + 2 * handleReach(zoom)) * zoom;
      expect(onScreen, `zoom ${zoom}`).toBeGreaterThanOrEqual(16);
    }
  });

  it('never grows past 48 px in flow pixels (it would cover the step)', () => {
    expect(10 + 2 * handleReach(0.1)).toBe(48);
    expect(10 + 2 * handleReach(0)).toBe(48);
  });
});
