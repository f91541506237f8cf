import type { Flow, ScriptLanguage } from './flow';

/** Every id used in the flow: ids must be unique across participants, steps, links and the pool. */
export function allIds(flow: Flow): Set<string> {
  const ids = new Set<string>([flow.process.id]);
  for (const p of flow.participants) ids.add(p.id);
  for (const s of flow.process.steps) ids.add(s.id);
  for (const l of flow.process.sequenceFlows) ids.add(l.id);
  for (const m of flow.messageFlows) ids.add(m.id);
  return ids;
}

/** "contentModifier" → "ContentModifier": readable id prefix derived from a type id. */
export function idPrefix(type: string): string {
  const clean = type.replace(/[^A-Za-z0-9]/g, '');
  return clean ? clean.charAt(0).toUpperCase() + clean.slice(1) : 'Element';
}

/**
 * Next readable id `<Prefix>_<N>`: one more than the highest N in use, skipping any id in
 * `taken` (callers that create several elements at once pass the ids they already handed out).
 */
export function nextId(taken: Set<string>, prefix: string): string {
  const pattern = new RegExp(`^${prefix}_(\\d+)$`);
  let max = 0;
  for (const id of taken) {
    const m = pattern.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  let n = max + 1;
  while (taken.has(`${prefix}_${n}`)) n++;
  return `${prefix}_${n}`;
}

/** Next numbered name "<base> <N>" (Script 1, Script 2, …), one more than the highest in use. */
export function nextName(names: Iterable<string>, base: string): string {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped} (\\d+)$`);
  let max = 0;
  for (const name of names) {
    const m = pattern.exec(name);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${base} ${max + 1}`;
}

/**
 * Name for a copy (paste, duplicate): `name` itself when no element uses it yet (pasting into
 * another flow keeps names), else the next free number in nextName's style: "Script 1" →
 * "Script 2" (or higher), "Say hello" → "Say hello 2", counting the bare name as number 1.
 */
export function copyName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  const base = /^(.*\S) \d+$/.exec(name)?.[1] ?? name;
  const numbered = nextName(names, base);
  const n = Math.max(Number(numbered.slice(base.length + 1)), names.has(base) ? 2 : 1);
  return `${base} ${n}`;
}

/** Next free script file name script<N>.js (or .groovy), as CPI names new scripts. */
export function nextScriptName(flow: Flow, language: ScriptLanguage = 'javascript'): string {
  const names = new Set(flow.resources.scripts.map((s) => s.name));
  const ext = language === 'groovy' ? 'groovy' : 'js';
  let n = 1;
  while (names.has(`script${n}.${ext}`)) n++;
  return `script${n}.${ext}`;
}
