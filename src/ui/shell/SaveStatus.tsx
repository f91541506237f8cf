import { useWorkspace, workspaceStore } from '../../store/workspaceStore';

/** "All changes saved" / "Saving…" / the error, beside the theme switch. */
export function SaveStatus() {
  const state = useWorkspace((s) => s.saveState);
  const error = useWorkspace((s) => s.error);
  if (state === 'error') {
    return (
      <span className="save-state" data-state="error" title={error ?? undefined}>
        Saving failed{' '}
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => void workspaceStore.getState().saveNow()}
        >
          Retry save
        </button>
      </span>
    );
  }
  const text =
    state === 'saving'
      ? 'Saving…'
      : state === 'conflict'
        ? 'Not saved (conflict)'
        : 'All changes saved';
  // Not a live region: autosave changes it every few seconds, which would be noisy when read out.
  return (
    <span className="save-state" data-state={state} data-testid="save-state">
      {text}
    </span>
  );
}
