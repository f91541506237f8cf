import type { Flow } from '../model/flow';
import { senderAddresses } from '../model/senderAddresses';
import type { HistoryStacks } from '../history/history';
import type { PackedHistory } from '../history/packHistory';
import type { FlowSummary, Package } from './package';

/**
 * Undo history saved with a flow: deltas against the flow (packHistory, what the app writes),
 * or whole snapshots in the editor store's shape (older saves, tests).
 */
export type FlowHistory = HistoryStacks | PackedHistory;

/** A stored flow: the flow, its undo history and a revision bumped on every write. */
export interface StoredFlow {
  flow: Flow;
  packageId: string;
  history: FlowHistory;
  revision: number;
}

/**
 * Result of a flow write. With `expectedRevision`, the write happens only when the stored
 * revision still equals it (compare-and-set), so two tabs never overwrite each other silently.
 */
export type PutFlowResult =
  | { ok: true; revision: number }
  | { ok: false; reason: 'conflict'; revision: number }
  | { ok: false; reason: 'deleted' };

export interface PutFlowOptions {
  /** Revision the writer last loaded or saved; omit to write unconditionally (create, replace). */
  expectedRevision?: number;
  /**
   * Writes of the same writer that may still be committing ahead of this one: a stored revision
   * from `expectedRevision` to `expectedRevision + pendingWrites` is the writer's own.
   */
  pendingWrites?: number;
  /**
   * The page may be going away (pagehide, beforeunload): the write must start before the call
   * returns and commit at once. The compare-and-set check then runs after the write and, when it
   * fails, puts back what was stored (if the page lives long enough to see it fail).
   */
  urgent?: boolean;
}

/** Whether a stored revision is one the writer knows (see PutFlowOptions). */
export function isKnownRevision(stored: number, options: PutFlowOptions): boolean {
  const expected = options.expectedRevision;
  if (expected === undefined) return true;
  return stored >= expected && stored <= expected + (options.pendingWrites ?? 0);
}

/** Where packages and flows live: IndexedDB in the browser, memory in tests. */
export interface WorkspaceRepository {
  listPackages(): Promise<Package[]>;
  getPackage(id: string): Promise<Package | undefined>;
  putPackage(pkg: Package): Promise<void>;
  /** Deletes the package and all its flows. */
  deletePackage(id: string): Promise<void>;
  /** Flows of one package, or of every package when no id is given. */
  listFlows(packageId?: string): Promise<FlowSummary[]>;
  getFlow(flowId: string): Promise<StoredFlow | undefined>;
  putFlow(
    packageId: string,
    flow: Flow,
    history: FlowHistory,
    options?: PutFlowOptions,
  ): Promise<PutFlowResult>;
  deleteFlow(flowId: string): Promise<void>;
}

export const emptyFlowHistory = (): FlowHistory => ({ past: [], future: [] });

export function summaryOf(packageId: string, flow: Flow, modifiedAt: string): FlowSummary {
  return {
    id: flow.id,
    packageId,
    name: flow.name,
    description: flow.description,
    modifiedAt,
    addresses: senderAddresses(flow),
  };
}
