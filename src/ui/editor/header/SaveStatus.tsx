import { useWorkspace } from '../../../store/workspaceStore';

const TEXT = {
  saved: 'Saved',
  saving: 'Saving…',
  error: 'Not saved',
  conflict: 'Changed in another tab',
} as const;

/**
 * The autosave state of the open flow. Not a live region: autosave flips it every second or so,
 * which would be noisy when read out (errors reach the user through the shell's alerts).
 */
export function SaveStatus() {
  const state = useWorkspace((s) => s.saveState);
  const error = useWorkspace((s) => s.error);
  return (
    <span
      className={`ifs-save ifs-save--${state}`}
      data-testid="editor-save-state"
      title={state === 'error' || state === 'conflict' ? (error ?? undefined) : undefined}
    >
      {TEXT[state] ?? state}
    </span>
  );
}
