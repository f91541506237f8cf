import type { FlowDelta, PackedHistory } from '../core/history/packHistory';
import { isPackedHistory } from '../core/history/packHistory';
import type { HistoryStacks } from '../core/history/history';
import type { FlowHistory } from '../core/workspace';

/**
 * How a flow is stored in IndexedDB: a small head record per flow (revision, package, the
 * undo history as a list of entry numbers) and one part record per piece of the flow, so a save
 * writes only the pieces that changed:
 *
 * - `f:<field>`: a top-level field of the flow (name, description, settings, parameters, …)
 * - `p:<field>`, `r:<field>`, `s:<step id>`: a field of the integration process (id, name,
 *   position, size, …), of the resources, a sample message; `c:p`, `c:r` and `c:s` say that the
 *   process, the resources and the samples are cut this way
 * - `e:<list>:<key>`: one element of participants, messageFlows, testCases, steps,
 *   sequenceFlows (by id), of the resources' scripts (by name) and files (by path)
 * - `o:<list>`: the keys of that list in order (written when members or order change)
 * - `h:<n>`: one undo or redo step (a FlowDelta of packHistory)
 *
 * Anything that does not have the expected shape (a list whose members lack unique keys, a
 * process that is not an object) is stored whole as its field, so every value round-trips.
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
  /** How the parts are cut (FLOW_LAYOUT); a head without it is of the first cut (layout 1). */
  layout?: number;
}

/** The way parts are cut today; heads of another layout are written whole on their next save. */
export const FLOW_LAYOUT = 3;

type Obj = Record<string, unknown>;

/** Objects cut into parts: their lists (by the key field of their elements) and child objects. */
const SHAPES: Record<string, { lists: Record<string, string>; children: Record<string, string> }> =
  {
    f: {
      lists: { participants: 'id', messageFlows: 'id', testCases: 'id' },
      children: { process: 'p', resources: 'r', samples: 's' },
    },
    p: { lists: { steps: 'id', sequenceFlows: 'id' }, children: {} },
    r: { lists: { scripts: 'name', files: 'path' }, children: {} },
    // Sample messages by step id: one part per step.
    s: { lists: {}, children: {} },
  };
/** Which object each list belongs to, and each child object's parent and field. */
const LIST_OWNER = new Map<string, string>();
const CHILD_OF = new Map<string, { parent: string; field: string }>();
for (const [prefix, shape] of Object.entries(SHAPES)) {
  for (const list of Object.keys(shape.lists)) LIST_OWNER.set(list, prefix);
  for (const [field, child] of Object.entries(shape.children))
    CHILD_OF.set(child, { parent: prefix, field });
}

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list stored element by element: objects with unique string keys in `keyField`. */
function splittable(v: unknown, keyField: string): v is Obj[] {
  if (!Array.isArray(v)) return false;
  const keys = new Set<string>();
  for (const e of v) {
    if (!isObject(e)) return false;
    const key = e[keyField];
    if (typeof key !== 'string' || keys.has(key)) return false;
    keys.add(key);
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
  const add = (obj: Obj, prefix: string) => {
    const shape = SHAPES[prefix]!;
    for (const [k, v] of Object.entries(obj)) {
      if (v === undefined) continue;
      const keyField = shape.lists[k];
      const child = shape.children[k];
      if (keyField && splittable(v, keyField)) {
        parts.set(
          `o:${k}`,
          v.map((e) => e[keyField]),
        );
        for (const e of v) parts.set(`e:${k}:${e[keyField] as string}`, e);
      } else if (child && isObject(v)) {
        parts.set(`c:${child}`, true);
        add(v, child);
      } else parts.set(`${prefix}:${k}`, v);
    }
  };
  add(flow, 'f');
  return parts;
}

/** Sets an own property, whatever its name ("__proto__" stays a key, which the load door refuses). */
const own = (o: Obj, key: string, value: unknown) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/** The flow back from its parts (the inverse of flowParts); unknown keys are ignored. */
export function assembleFlow(parts: Iterable<[string, unknown]>): unknown {
  const objects = new Map<string, Obj>([['f', {}]]);
  const object = (prefix: string) => {
    let o = objects.get(prefix);
    if (!o) objects.set(prefix, (o = {}));
    return o;
  };
  const orders = new Map<string, unknown[]>();
  const elements = new Map<string, unknown>();
  for (const [key, value] of parts) {
    if (key === 'raw') return value;
    const colon = key.indexOf(':');
    const kind = key.slice(0, colon);
    const rest = key.slice(colon + 1);
    if (kind === 'o') orders.set(rest, value as unknown[]);
    else if (kind === 'e') elements.set(rest, value);
    else if (kind === 'c') object(rest);
    else if (SHAPES[kind]) own(object(kind), rest, value);
  }
  for (const [list, keys] of orders) {
    const owner = LIST_OWNER.get(list);
    if (!owner) continue;
    const items = keys
      .map((k) => elements.get(`${list}:${String(k)}`))
      .filter((e) => e !== undefined);
    own(object(owner), list, items);
  }
  for (const [prefix, o] of objects) {
    const at = CHILD_OF.get(prefix);
    if (at) own(object(at.parent), at.field, o);
  }
  return objects.get('f');
}

/** What a save writes besides the head: parts to put and part keys to delete. */
export interface PartChanges {
  puts: Map<string, unknown>;
  deletes: string[];
}

/** Adds the changed parts of `obj` against `ref` to `out`; false when the shape changed. */
function diffObject(obj: Obj, ref: Obj, prefix: string, out: PartChanges): boolean {
  const shape = SHAPES[prefix]!;
  for (const k of new Set([...Object.keys(obj), ...Object.keys(ref)])) {
    const v = obj[k];
    const r = ref[k];
    if (v === r) continue;
    const keyField = shape.lists[k];
    const child = shape.children[k];
    // Stored as parts on one side, as a field on the other: write it whole.
    if (keyField) {
      const split = splittable(v, keyField);
      if (split !== splittable(r, keyField)) return false;
      if (split) {
        diffList(k, keyField, v as Obj[], r as Obj[], out);
        continue;
      }
    }
    if (child) {
      const split = isObject(v);
      if (split !== isObject(r)) return false;
      if (split) {
        if (!diffObject(v as Obj, r as Obj, child, out)) return false;
        continue;
      }
    }
    if (v === undefined) out.deletes.push(`${prefix}:${k}`);
    else out.puts.set(`${prefix}:${k}`, v);
  }
  return true;
}

function diffList(name: string, keyField: string, list: Obj[], ref: Obj[], out: PartChanges) {
  const keyOf = (e: Obj) => e[keyField] as string;
  const refByKey = new Map(ref.map((e) => [keyOf(e), e]));
  for (const e of list) if (refByKey.get(keyOf(e)) !== e) out.puts.set(`e:${name}:${keyOf(e)}`, e);
  const sameOrder = list.length === ref.length && list.every((e, i) => keyOf(e) === keyOf(ref[i]!));
  if (sameOrder) return;
  out.puts.set(`o:${name}`, list.map(keyOf));
  const keys = new Set(list.map(keyOf));
  for (const e of ref) if (!keys.has(keyOf(e))) out.deletes.push(`e:${name}:${keyOf(e)}`);
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
  return diffObject(flow, ref, 'f', out) ? out : null;
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
