import type { Flow } from '../model/flow';
import type { HistoryStacks } from './history';

/** An element list as stored in a delta: the elements that differ from the reference, by id. */
interface ListDelta<T> {
  /** Ids in order, only when the list's members or order differ from the reference. */
  order?: string[];
  changed: T[];
}

type ListKey = 'participants' | 'messageFlows';
type ProcessListKey = 'steps' | 'sequenceFlows';

/**
 * One undo snapshot stored as its difference from its neighbour (the snapshot nearer to the
 * current flow): the top-level fields that are not the same object, and per element list the
 * elements that are not the same object. Commands share every unchanged element between
 * snapshots, so a typical delta holds one element.
 */
export interface FlowDelta {
  fields: Partial<Omit<Flow, 'process' | ListKey>>;
  process: Partial<Omit<Flow['process'], ProcessListKey>>;
  lists: Partial<Record<ListKey | ProcessListKey, ListDelta<{ id: string }>>>;
}

/** The saved undo history: snapshots as deltas, outward from the current flow. */
export interface PackedHistory {
  format: 'delta';
  past: FlowDelta[];
  future: FlowDelta[];
}

type Keyed = { id: string };

function listDelta<T extends Keyed>(list: T[], ref: T[]): ListDelta<T> | undefined {
  if (list === ref) return undefined;
  const byId = new Map(ref.map((e) => [e.id, e]));
  const changed = list.filter((e) => byId.get(e.id) !== e);
  const sameOrder = list.length === ref.length && list.every((e, i) => e.id === ref[i]?.id);
  if (sameOrder && changed.length === 0) return undefined;
  return sameOrder ? { changed } : { order: list.map((e) => e.id), changed };
}

function applyList<T extends Keyed>(ref: T[], d: ListDelta<Keyed> | undefined): T[] {
  if (!d) return ref;
  const byId = new Map<string, T>(ref.map((e) => [e.id, e]));
  for (const e of d.changed as T[]) byId.set(e.id, e);
  const order = d.order ?? ref.map((e) => e.id);
  return order.map((id) => {
    const e = byId.get(id);
    if (!e) throw new Error(`saved undo history names a missing element "${id}"`);
    return e;
  });
}

function changedFields<T extends object>(obj: T, ref: T, skip: readonly string[]): Partial<T> {
  const out: Partial<T> = {};
  const keys = new Set([...Object.keys(obj), ...Object.keys(ref)]) as Set<keyof T & string>;
  for (const k of keys) if (!skip.includes(k) && obj[k] !== ref[k]) out[k] = obj[k];
  return out;
}

const LISTS: ListKey[] = ['participants', 'messageFlows'];
const PROCESS_LISTS: ProcessListKey[] = ['steps', 'sequenceFlows'];

/** `flow` as its difference from `ref`. */
export function diffFlow(flow: Flow, ref: Flow): FlowDelta {
  const lists: FlowDelta['lists'] = {};
  for (const k of LISTS) {
    const d = listDelta<Keyed>(flow[k], ref[k]);
    if (d) lists[k] = d;
  }
  for (const k of PROCESS_LISTS) {
    const d = listDelta<Keyed>(flow.process[k], ref.process[k]);
    if (d) lists[k] = d;
  }
  return {
    fields: changedFields(flow, ref, ['process', ...LISTS]),
    process:
      flow.process === ref.process ? {} : changedFields(flow.process, ref.process, PROCESS_LISTS),
    lists,
  };
}

/** Rebuilds a snapshot from `ref` and its delta; unchanged elements are `ref`'s own objects. */
export function patchFlow(ref: Flow, d: FlowDelta): Flow {
  const fields = { ...ref, ...d.fields } as Flow;
  // A field the snapshot did not have is stored as undefined: drop it again.
  for (const [k, v] of Object.entries(d.fields))
    if (v === undefined) delete (fields as unknown as Record<string, unknown>)[k];
  const process = { ...ref.process, ...d.process };
  for (const [k, v] of Object.entries(d.process))
    if (v === undefined) delete (process as Record<string, unknown>)[k];
  return {
    ...fields,
    participants: applyList(ref.participants, d.lists.participants),
    messageFlows: applyList(ref.messageFlows, d.lists.messageFlows),
    process: {
      ...process,
      steps: applyList(ref.process.steps, d.lists.steps),
      sequenceFlows: applyList(ref.process.sequenceFlows, d.lists.sequenceFlows),
    },
  };
}

// Deltas already computed, by snapshot: a save diffs only the snapshots added since the last.
const cache = new WeakMap<Flow, { ref: Flow; delta: FlowDelta }>();

function cachedDiff(flow: Flow, ref: Flow): FlowDelta {
  const hit = cache.get(flow);
  if (hit?.ref === ref) return hit.delta;
  const delta = diffFlow(flow, ref);
  cache.set(flow, { ref, delta });
  return delta;
}

/**
 * The undo history as deltas for saving with `current`: each past snapshot against the next
 * one (the newest against `current`), each future snapshot against the previous one. What is
 * written per save is the flow plus what each undo step changed, not a copy of the flow per
 * step.
 */
export function packHistory(current: Flow, stacks: HistoryStacks): PackedHistory {
  const past: FlowDelta[] = [];
  let ref = current;
  for (let i = stacks.past.length - 1; i >= 0; i--) {
    const snap = stacks.past[i] as Flow;
    past.unshift(cachedDiff(snap, ref));
    ref = snap;
  }
  const future: FlowDelta[] = [];
  ref = current;
  for (const snap of stacks.future) {
    future.push(cachedDiff(snap, ref));
    ref = snap;
  }
  return { format: 'delta', past, future };
}

export function isPackedHistory(h: unknown): h is PackedHistory {
  return typeof h === 'object' && h !== null && (h as PackedHistory).format === 'delta';
}

/** The snapshots back from deltas (older saves hold whole snapshots and are returned as is). */
export function unpackHistory(current: Flow, saved: PackedHistory | HistoryStacks): HistoryStacks {
  if (!isPackedHistory(saved)) return saved;
  const past: Flow[] = [];
  let ref = current;
  // Each snapshot remembers its delta, so packing the same history again returns the very
  // delta objects that were loaded (a save then knows they are stored already).
  const patch = (from: Flow, d: FlowDelta) => {
    const snap = patchFlow(from, d);
    cache.set(snap, { ref: from, delta: d });
    return snap;
  };
  for (let i = saved.past.length - 1; i >= 0; i--) {
    ref = patch(ref, saved.past[i] as FlowDelta);
    past.unshift(ref);
  }
  const future: Flow[] = [];
  ref = current;
  for (const d of saved.future) {
    ref = patch(ref, d);
    future.push(ref);
  }
  return { past, future };
}
