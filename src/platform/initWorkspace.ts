import { editorStore } from '../store/editorStore';
import { workspaceStore, workspaceChannel } from '../store/workspaceStore';
import { startAutosave } from './autosave';

/**
 * App start-up for the workspace: load packages, autosave the open flow, follow other tabs.
 * Call once from the app root; returns a function that undoes it.
 */
export function initWorkspace(): () => void {
  void workspaceStore.getState().load();
  const autosave = startAutosave(editorStore, { workspace: workspaceStore });
  const unsubscribe = workspaceChannel.subscribe((notice) => {
    void workspaceStore.getState().handleNotice(notice);
  });
  return () => {
    autosave.stop();
    unsubscribe();
  };
}
