import type { Flow } from '../core/model/flow';
import type {
  CommandName,
  CommandPayloads,
  DispatchOptions,
  DispatchResult,
} from '../core/commands/types';

/**
 * The editor store (zustand vanilla): the open flow, its undo history and the selection.
 * UI code never mutates the flow; it calls dispatch with a named command.
 */
export interface EditorState {
  flow: Flow | null;
  /** Package the open flow belongs to. */
  packageId: string | null;
  selection: string[];
  canUndo: boolean;
  canRedo: boolean;
  /** Last refused command's reason, for a toast; cleared by the next successful dispatch. */
  lastError: string | null;
  open: (flow: Flow, packageId: string) => Promise<void>;
  close: () => void;
  dispatch: <N extends CommandName>(
    name: N,
    payload: CommandPayloads[N],
    options?: DispatchOptions,
  ) => DispatchResult;
  undo: () => void;
  redo: () => void;
  select: (ids: string[]) => void;
}
