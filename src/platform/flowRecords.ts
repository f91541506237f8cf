import type { FlowDelta, PackedHistory } from '../core/history/packHistory';
import { isPackedHistory } from '../core/history/packHistory';
import type { HistoryStacks } from '../core/history/history';
import type { FlowHistory } from '../core/workspace';

/**
 * How a flow is stored in IndexedDB: a small head record per flow (revision, package, the
 * undo history as a list of entry numbers) and one part record per piece of the flow, so a save
 * writes only the pieces that changed:
 *
 * - `f:<field>`: a top-level field of the flow (name, resources, test cases, …)
 * - `p:<field>`: a field of the integration process (id, name, position, size, …)
 * - `e:<list>:<id>`: one element of participants, messageFlows, steps or sequenceFlows
 * - `o:<list>`: the ids of that list in order (written when members or order change)
 * - `h:<n>`: one undo or redo step (a FlowDelta of packHistory)
 *
 * Anything that does not have the expected shape (a list whose members lack unique string ids,
 * a process that is not an object) is stored whole as its field, so every value round-trips.
 */

/** A part record of the `flowParts` store (key path [flowId, key]). */
export interface FlowPart {
  flowId: string;
  key: string;
  value: unknown;
}

/** The undo history of a head record: entry numbers of `h:<n>` parts, or whole snapshots. */
export type StoredHistory =
  | { format: 'entries'; past: number[]; future: number[] }
  | { format: 'stacks'; stacks: HistoryStacks };

/** A flow's head record in the `flows` store. */
export interface FlowHead {
  id: string;
  packageId: string;
  revision: number;
  /** The write that produced the stored parts: a writer diffs only against its own last write. */
  writeId: string;
  history: StoredHistory;
  /** Next free history entry number. */
  nextEntry: number;
}

type Obj = Record<string, unknown>;
const TOP_LISTS = ['participants', 'messageFlows'] as const;
const PROCESS_LISTS = ['steps', 'sequenceFlows'] as const;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list stored element by element: objects with unique string ids. */
function splittable(v: unknown): v is { id: string }[] {
  if (!Array.isArray(v)) return false;
  const ids = new Set<string>();
  for (const e of v) {
    if (!isObject(e) || typeof e.id !== 'string' || ids.has(e.id)) return false;
    ids.add(e.id);
  }
  return true;
}

/** The parts of a whole flow (without history), by key. */
export function flowParts(flow: unknown): Map<string, unknown> {
  const parts = new Map<string, unknown>();
  if (!isObject(flow)) {
    parts.set('raw', flow);
    return parts;
  }
  const addFields = (obj: Obj, prefix: string, lists: readonly string[]) => {
    for (const [k, v] of Object.entries(obj)) {
      if (v === undefined) continue;
      if (lists.includes(k) && splittable(v)) {
        parts.set(
          `o:${k}`,
          v.map((e) => e.id),
        );
        for (const e of v) parts.set(`e:${k}:${e.id}`, e);
      } else if (prefix === 'f' && k === 'process' && isObject(v)) {
        addFields(v, 'p', PROCESS_LISTS);
      } else parts.set(`${prefix}:${k}`, v);
    }
  };
  addFields(flow, 'f', TOP_LISTS);
  return parts;
}

/** The flow back from its parts (the inverse of flowParts); unknown keys are ignored. */
export function assembleFlow(parts: Iterable<[string, unknown]>): unknown {
  const flow: Obj = {};
  let process: Obj | null = null;
  const orders = new Map<string, string[]>();
  const elements = new Map<string, unknown>();
  for (const [key, value] of parts) {
    if (key === 'raw') return value;
    const colon = key.indexOf(':');
    const kind = key.slice(0, colon);
    const rest = key.slice(colon + 1);
    if (kind === 'f') flow[rest] = value;
    else if (kind === 'p') (process ??= {})[rest] = value;
    else if (kind === 'o') orders.set(rest, value as string[]);
    else if (kind === 'e') elements.set(rest, value);
  }
  for (const [list, ids] of orders) {
    const items = ids.map((id) => elements.get(`${list}:${id}`)).filter((e) => e !== undefined);
    if ((PROCESS_LISTS as readonly string[]).includes(list)) (process ??= {})[list] = items;
    else flow[list] = items;
  }
  if (process) flow.process = process;
  return flow;
}

/** What a save writes besides the head: parts to put and part keys to delete. */
export interface PartChanges {
  puts: Map<string, unknown>;
  deletes: string[];
}

function diffFields(
  obj: Obj,
  ref: Obj,
  prefix: string,
  lists: readonly string[],
  out: PartChanges,
): boolean {
  for (const k of new Set([...Object.keys(obj), ...Object.keys(ref)])) {
    const v = obj[k];
    const r = ref[k];
    if (v === r) continue;
    if (lists.includes(k) || (prefix === 'f' && k === 'process')) {
      // Stored in parts: both sides must have the shape they are stored in.
      if (k === 'process') {
        if (!isObject(v) || !isObject(r)) return false;
        if (!diffFields(v, r, 'p', PROCESS_LISTS, out)) return false;
        continue;
      }
      if (!splittable(v) || !splittable(r)) return false;
      diffList(k, v, r, out);
      continue;
    }
    if (v === undefined) out.deletes.push(`${prefix}:${k}`);
    else out.puts.set(`${prefix}:${k}`, v);
  }
  return true;
}

function diffList(name: string, list: { id: string }[], ref: { id: string }[], out: PartChanges) {
  const refById = new Map(ref.map((e) => [e.id, e]));
  for (const e of list) if (refById.get(e.id) !== e) out.puts.set(`e:${name}:${e.id}`, e);
  const sameOrder = list.length === ref.length && list.every((e, i) => e.id === ref[i]?.id);
  if (sameOrder) return;
  out.puts.set(
    `o:${name}`,
    list.map((e) => e.id),
  );
  const ids = new Set(list.map((e) => e.id));
  for (const e of ref) if (!ids.has(e.id)) out.deletes.push(`e:${name}:${e.id}`);
}

/**
 * The parts that differ between `flow` and `ref` (the flow as stored), comparing by identity:
 * the editor replaces exactly the objects an edit changes. Null when a change of shape calls
 * for a whole write.
 */
export function diffFlowParts(flow: unknown, ref: unknown): PartChanges | null {
  const out: PartChanges = { puts: new Map(), deletes: [] };
  if (flow === ref) return out;
  if (!isObject(flow) || !isObject(ref)) return null;
  return diffFields(flow, ref, 'f', TOP_LISTS, out) ? out : null;
}

/** The part records of a whole flow and the given numbered history entries. */
export function wholeFlowParts(
  flowId: string,
  flow: unknown,
  entries: Map<FlowDelta, number>,
): FlowPart[] {
  const parts: FlowPart[] = [];
  for (const [key, value] of flowParts(flow)) parts.push({ flowId, key, value });
  for (const [d, n] of entries) parts.push({ flowId, key: `h:${n}`, value: d });
  return parts;
}

/** The stored undo history of a writer: entry numbers by delta object. */
export interface HistoryIndex {
  history: StoredHistory;
  entries: Map<FlowDelta, number>;
  nextEntry: number;
}

/**
 * Numbers the deltas of `history`, keeping the numbers of deltas already stored (`prev`) and
 * giving new ones the next free numbers. `added`: entries to write; `dropped`: to delete.
 */
export function indexHistory(
  history: FlowHistory,
  prev: HistoryIndex | null,
): { index: HistoryIndex; added: [number, FlowDelta][]; dropped: number[] } {
  const entries = new Map<FlowDelta, number>();
  const added: [number, FlowDelta][] = [];
  let nextEntry = prev?.nextEntry ?? 0;
  let stored: StoredHistory;
  if (isPackedHistory(history)) {
    const number = (d: FlowDelta) => {
      let n = entries.get(d) ?? prev?.entries.get(d);
      if (n === undefined) {
        n = nextEntry++;
        added.push([n, d]);
      }
      entries.set(d, n);
      return n;
    };
    stored = {
      format: 'entries',
      past: history.past.map(number),
      future: history.future.map(number),
    };
  } else stored = { format: 'stacks', stacks: history };
  const kept = new Set(entries.values());
  const dropped = prev ? [...prev.entries.values()].filter((n) => !kept.has(n)) : [];
  return { index: { history: stored, entries, nextEntry }, added, dropped };
}

/** The history of a head record back from its `h:<n>` parts; undefined when one is missing. */
export function assembleHistory(
  stored: StoredHistory,
  parts: Map<string, unknown>,
): { history: FlowHistory; entries: Map<FlowDelta, number> } | undefined {
  if (stored.format === 'stacks') return { history: stored.stacks, entries: new Map() };
  const entries = new Map<FlowDelta, number>();
  const get = (n: number) => {
    const d = parts.get(`h:${n}`) as FlowDelta | undefined;
    if (d) entries.set(d, n);
    return d;
  };
  const past = stored.past.map(get);
  const future = stored.future.map(get);
  if (past.includes(undefined) || future.includes(undefined)) return undefined;
  const history: PackedHistory = {
    format: 'delta',
    past: past as FlowDelta[],
    future: future as FlowDelta[],
  };
  return { history, entries };
}
