import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenSettled } from './whenIdle';

describe('whenSettled', () => {
  afterEach(() => vi.useRealTimers());

  it('runs the task only once the settle time after the first idle moment has passed', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    // No window here: the page counts as idle at once.
    whenSettled(task, 1000);
    vi.advanceTimersByTime(999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledOnce();
  });
});
