import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { alertError, dismissNotice, noticeStore, toast } from './notify';

describe('notify', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    noticeStore.setState({ notices: [] });
  });
  afterEach(() => vi.useRealTimers());

  it('adds toasts and errors and removes them after their time', () => {
    toast('Saved');
    alertError('Broken');
    expect(noticeStore.getState().notices.map((n) => [n.kind, n.text])).toEqual([
      ['info', 'Saved'],
      ['error', 'Broken'],
    ]);
    vi.advanceTimersByTime(4000);
    expect(noticeStore.getState().notices.map((n) => n.text)).toEqual(['Broken']);
    vi.advanceTimersByTime(6000);
    expect(noticeStore.getState().notices).toEqual([]);
  });

  it('dismisses one notice and keeps at most four', () => {
    const first = toast('a');
    toast('b');
    dismissNotice(first);
    expect(noticeStore.getState().notices.map((n) => n.text)).toEqual(['b']);
    for (const t of ['c', 'd', 'e', 'f']) toast(t);
    expect(noticeStore.getState().notices.map((n) => n.text)).toEqual(['c', 'd', 'e', 'f']);
  });
});
