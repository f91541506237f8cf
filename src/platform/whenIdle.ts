/**
 * Runs `task` once the page has loaded and the browser is idle (at the latest `timeoutMs` after
 * load), so work the first screen does not need never competes with it.
 */
export function whenIdle(task: () => void, timeoutMs = 3000): void {
  if (typeof window === 'undefined') return task();
  const idle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(() => task(), { timeout: timeoutMs })
      : setTimeout(task, 200);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

/**
 * Runs `task` `settleMs` after the page was first idle, and idle again: for work that would
 * otherwise take the CPU just when the user starts using the first screen (their first click
 * often comes right after the first idle moment).
 */
export function whenSettled(task: () => void, settleMs: number): void {
  whenIdle(() => setTimeout(() => whenIdle(task), settleMs));
}
