/**
 * CPI's tenant-side stores as the flows see them: data stores (Data Store Write / Get / Select /
 * Delete) and variables (Write Variables). Pure data over the tenant's storage interface.
 */

/** CPI's visibility: "Integration Flow" (local) or "Global" (every flow of the tenant). */
export type StoreVisibility = 'local' | 'global';

/** Where an entry or variable lives: one flow's own, or the tenant's global ones. */
export interface StoreScope {
  visibility: StoreVisibility;
  /** The flow that reads or writes (its own store when local). */
  flowId: string;
  flowName: string;
}

export interface DataStoreEntry {
  storeName: string;
  /** The owning flow's id for a local store; '' for a global one. */
  flowId: string;
  /** The flow that wrote the entry. */
  flowName: string;
  entryId: string;
  /** The message body as text. */
  body: string;
  /** The message headers, when the step includes them (Include Message Headers). */
  headers?: Record<string, string>;
  /** Epoch milliseconds. */
  createdAt: number;
  /** After this the entry is gone (Expiration Period). */
  expiresAt: number;
  /** After this an unread entry is overdue (Retention Threshold for Alerting). */
  alertAt: number;
  /** Kept as set (Encrypt Stored Message); the simulated tenant does not encrypt. */
  encrypted: boolean;
}

export interface VariableRecord {
  name: string;
  /** The owning flow's id for a local variable; '' for a global one. */
  flowId: string;
  flowName: string;
  value: string | number | boolean | null;
  updatedAt: number;
  /** After this the variable is gone (Write Variables' expiration period). */
  expiresAt?: number;
}

export type PutResult = 'written' | 'overwritten' | 'exists';

/** What steps use; the tenant's and the simulator's stores implement it. */
export interface FlowStores {
  /**
   * Said in the trace: the tenant's stores, the simulator's own, or a store of this run alone
   * (empty at its start: `ifs run`, test cases).
   */
  readonly kind: 'tenant' | 'simulation' | 'run';
  /** The same as the trace says it: "tenant's store", "simulation's own store", … */
  readonly label: string;
  /** The stores' clock (the tenant's simulated one): entries are dated and expire by it. */
  now(): number;
  put(entry: DataStoreEntry, overwrite: boolean): Promise<PutResult>;
  get(scope: StoreScope, storeName: string, entryId: string): Promise<DataStoreEntry | undefined>;
  /** Up to `max` entries, oldest first. */
  select(scope: StoreScope, storeName: string, max: number): Promise<DataStoreEntry[]>;
  /** True when an entry was there. */
  remove(scope: StoreScope, storeName: string, entryId: string): Promise<boolean>;
  /** Every live entry (expired ones are dropped on the way). */
  listEntries(): Promise<DataStoreEntry[]>;
  /** Removes an entry by its owner (Manage Stores). */
  removeEntry(flowId: string, storeName: string, entryId: string): Promise<boolean>;
  setVariable(variable: VariableRecord): Promise<void>;
  getVariable(scope: StoreScope, name: string): Promise<VariableRecord | undefined>;
  listVariables(): Promise<VariableRecord[]>;
  removeVariable(flowId: string, name: string): Promise<boolean>;
}
