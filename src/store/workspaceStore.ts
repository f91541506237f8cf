import { useStore } from 'zustand';
import { createIdbRepository } from '../platform/idbRepository';
import { createWorkspaceChannel } from '../platform/workspaceChannel';
import { editorStore } from './editorStore';
import { createWorkspaceStore } from './workspace/createWorkspaceStore';
import type { WorkspaceState } from './workspace/types';

export { createWorkspaceStore } from './workspace/createWorkspaceStore';
export type { WorkspaceStore, WorkspaceStoreOptions } from './workspace/createWorkspaceStore';
export * from './workspace/types';

/** Cross-tab notices of this tab (opens its BroadcastChannel on first use). */
export const workspaceChannel = createWorkspaceChannel();

/**
 * The app's workspace store, over IndexedDB (opened on first use). Call `initWorkspace()` from
 * src/platform/initWorkspace once at start-up: it loads packages, starts autosave and listens
 * to other tabs.
 */
export const workspaceStore = createWorkspaceStore(createIdbRepository(), {
  editor: editorStore,
  channel: workspaceChannel,
});

/** React binding with a narrow selector, e.g. `useWorkspace((s) => s.saveState)`. */
export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  return useStore(workspaceStore, selector);
}
