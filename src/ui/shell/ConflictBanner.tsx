import { useWorkspace, workspaceStore } from '../../store/workspaceStore';

/** Shown while the open flow was changed (or deleted) in another tab; saving is paused. */
export function ConflictBanner() {
  const conflict = useWorkspace((s) => (s.saveState === 'conflict' ? s.conflict : null));
  if (!conflict) return null;
  const ws = workspaceStore.getState();
  const what = conflict.reason === 'deleted' ? 'deleted' : 'changed';
  return (
    <div className="banner" role="alert">
      <strong>This flow was {what} in another tab. Your changes are not saved.</strong>
      <button type="button" className="btn" onClick={() => void ws.reloadFromStorage()}>
        Reload their version
      </button>
      <button type="button" className="btn btn-primary" onClick={() => void ws.overwriteWithMine()}>
        Keep mine (overwrite)
      </button>
    </div>
  );
}
