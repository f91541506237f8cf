import type { StoreApi } from 'zustand/vanilla';
import type { Flow } from '../../core/model/flow';
import type { ImportError } from '../../core/io';
import type {
  ExportedFile,
  FieldError,
  FlowSummary,
  ImportMode,
  ImportPackageOutcome,
  OpResult,
  Package,
  PackageInput,
} from '../../core/workspace';
import type { EditorState } from '../types';

export type SaveState = 'saved' | 'saving' | 'error' | 'conflict';

/** The flow open in the editor and the storage revision this tab last loaded or saved. */
export interface OpenFlowInfo {
  flowId: string;
  packageId: string;
  revision: number;
}

/** Why saving stopped: another tab saved a newer revision, or deleted the flow. */
export interface SaveConflict {
  flowId: string;
  reason: 'changed' | 'deleted';
}

/** Cross-tab notices (BroadcastChannel "ifs-workspace" in the browser). */
export type WorkspaceNotice =
  | { type: 'flowSaved'; flowId: string; packageId: string; revision: number }
  | { type: 'flowDeleted'; flowId: string; packageId: string }
  | { type: 'packagesChanged' };

export interface WorkspaceChannel {
  post(notice: WorkspaceNotice): void;
  subscribe(listener: (notice: WorkspaceNotice) => void): () => void;
}

/** The part of the editor store the workspace drives. */
export type EditorApi = Pick<StoreApi<EditorState>, 'getState' | 'subscribe'>;

export type ImportFlowOutcome =
  | { status: 'imported'; flow: Flow; warnings: string[]; summary: FlowSummary }
  /** A flow with this id exists: ask the user, then call again with 'replace' or 'keepBoth'. */
  | { status: 'exists'; flow: Flow; warnings: string[]; existing: FlowSummary }
  | { status: 'invalid'; errors: ImportError[] };

// The use-case types live in the core (the CLI calls the same functions).
export type { ExportedFile, ImportMode, ImportPackageOutcome } from '../../core/workspace';

export type FlowResult = { ok: true; value: FlowSummary } | { ok: false; error: string };

export interface WorkspaceState {
  /** True once `load()` has read the package list. */
  loaded: boolean;
  packages: Package[];
  /** Flow summaries per package id, sorted by name. */
  flowsByPackage: Record<string, FlowSummary[]>;
  /** The flow open in the editor, with the revision this tab knows. */
  current: OpenFlowInfo | null;
  saveState: SaveState;
  /** ISO time of the last successful save of the open flow. */
  lastSavedAt: string | null;
  conflict: SaveConflict | null;
  /** Text of the last storage error or conflict, for a banner. */
  error: string | null;

  load(): Promise<void>;
  createPackage(input: PackageInput): Promise<OpResult<Package>>;
  updatePackage(id: string, patch: Partial<PackageInput>): Promise<OpResult<Package>>;
  duplicatePackage(id: string): Promise<Package | undefined>;
  deletePackage(id: string): Promise<void>;
  /**
   * Adds a new flow. Without `id` it is derived from the name; a given id must be unique in the
   * workspace and use letters, digits, "_", "-" and "." (checkFlowId), else the error says why.
   */
  createFlow(
    packageId: string,
    input: { name: string; description?: string; id?: string },
  ): Promise<FlowResult>;
  renameFlow(flowId: string, patch: { name?: string; description?: string }): Promise<FlowResult>;
  duplicateFlow(flowId: string): Promise<FlowResult>;
  deleteFlow(flowId: string): Promise<void>;
  importFlowFile(packageId: string, text: string, mode?: ImportMode): Promise<ImportFlowOutcome>;
  importPackageFile(text: string, mode?: ImportMode): Promise<ImportPackageOutcome>;
  exportFlowFile(flowId: string): Promise<ExportedFile | undefined>;
  exportPackageFile(packageId: string): Promise<ExportedFile | undefined>;
  /** Loads flow + undo history and opens it in the editor. False when it does not exist. */
  openFlow(flowId: string): Promise<boolean>;
  closeFlow(): Promise<void>;
  /** An edit is waiting for the debounced save: shows "saving" at once (autosave calls it). */
  markPending(): void;
  /** Writes the open flow now if it changed (autosave calls this debounced). */
  saveNow(): Promise<void>;
  /**
   * Writes the open flow if it changed, starting the write before returning (the page is being
   * hidden or left: nothing that waits for a later task is sure to run).
   */
  saveUrgently(): Promise<void>;
  /** Conflict resolution: take the stored version (the other tab's). */
  reloadFromStorage(): Promise<void>;
  /** Conflict resolution: write this tab's version over the stored one. */
  overwriteWithMine(): Promise<void>;
  /** Feeds a notice from another tab. */
  handleNotice(notice: WorkspaceNotice): Promise<void>;
}

export type { FieldError };
