/**
 * Edits the UI holds back before dispatching them (the script editor writes a burst of typing to
 * the flow once its preview has painted). Autosave flushes them before an urgent save, when the
 * page is hidden or left, so that no typed text waits in a timer that will never fire.
 */
const flushers = new Set<() => void>();

/** Registers a flush of held-back edits; returns its removal. */
export function holdEdits(flush: () => void): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Dispatches every held-back edit now. */
export function flushHeldEdits(): void {
  for (const flush of [...flushers]) flush();
}
