// Comparing one script's outcome in the studio with real Rhino's.
import type { RunScriptResult } from '../../src/core/script/types';
import type { CorpusCase } from './corpus';
import type { RhinoResult } from './rhino';

export type Verdict = 'same' | 'different' | 'refused';

export interface Outcome {
  verdict: Verdict;
  /** Whether the verdict is what the corpus expects (same, or refused when marked so). */
  pass: boolean;
  /** First difference (or why a refusal is wrong), for the table. */
  detail: string;
}

/** Error types raised by the JavaScript engines themselves: their wording differs by engine. */
const ENGINE_ERRORS = new Set([
  'TypeError',
  'ReferenceError',
  'SyntaxError',
  'RangeError',
  'InternalError',
  'URIError',
  'EvalError',
]);

function show(v: unknown): string {
  const s = v === undefined ? 'undefined' : JSON.stringify(v);
  return s.length > 70 ? `${s.slice(0, 67)}…` : s;
}

/** Values equal as data: numbers by value, objects key by key (order ignored), null == missing. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined)
    return (a ?? null) === (b ?? null);
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameData(x, b[i]));
  }
  if (typeof a === 'object' && typeof b === 'object') {
    return (
      firstRecordDifference(a as Record<string, unknown>, b as Record<string, unknown>) === null
    );
  }
  return false;
}

function firstRecordDifference(
  studio: Record<string, unknown>,
  rhino: Record<string, unknown>,
): string | null {
  const keys = [...new Set([...Object.keys(studio), ...Object.keys(rhino)])].sort();
  for (const k of keys) {
    if (!sameData(studio[k], rhino[k]))
      return `${k}: studio ${show(studio[k])}, Rhino ${show(rhino[k])}`;
  }
  return null;
}

export function compare(
  c: CorpusCase,
  studio: RunScriptResult,
  rhino: RhinoResult | undefined,
): Outcome {
  const err = studio.error;
  if (c.expect === 'refused') {
    if (!err)
      return {
        verdict: 'different',
        pass: false,
        detail: `ran, but must be refused (${c.refusedApi})`,
      };
    const named = err.message.includes(c.refusedApi ?? '\u0000');
    return named
      ? { verdict: 'refused', pass: true, detail: `${err.type}: ${err.message}` }
      : {
          verdict: 'different',
          pass: false,
          detail: `refused without naming ${c.refusedApi}: ${err.message}`,
        };
  }
  if (!rhino) return { verdict: 'different', pass: false, detail: 'no Rhino result' };
  const diff = firstDifference(studio, rhino);
  if (diff) return { verdict: 'different', pass: false, detail: diff };
  return {
    verdict: 'same',
    pass: true,
    detail: rhino.error ? `both fail: ${rhino.error.type}` : '',
  };
}

function firstDifference(studio: RunScriptResult, rhino: RhinoResult): string | null {
  const se = studio.error;
  const re = rhino.error;
  if (se && !re) return `studio fails (${se.type}: ${se.message}), Rhino succeeds`;
  if (!se && re) return `studio succeeds, Rhino fails (${re.type}: ${re.message})`;
  if (se && re) {
    if (se.type !== re.type)
      return `error type: studio ${se.type} (${se.message}), Rhino ${re.type} (${re.message})`;
    if (se.message !== re.message && !ENGINE_ERRORS.has(re.type)) {
      return `error message: studio ${show(se.message)}, Rhino ${show(re.message)}`;
    }
    if (re.line && re.line > 0 && se.line !== undefined && se.line !== re.line) {
      return `error line: studio ${se.line}, Rhino ${re.line}`;
    }
    // A failed run leaves the message as it was on both sides; nothing more to compare.
    return logDifference(studio, rhino);
  }
  if (!sameData(studio.message.body, rhino.body)) {
    const a = studio.message.body;
    const b = rhino.body;
    if (typeof a === 'string' && typeof b === 'string') {
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      const from = Math.max(0, i - 20);
      return `body at ${i}: studio ${show(a.slice(from, i + 40))}, Rhino ${show(b.slice(from, i + 40))}`;
    }
    return `body: studio ${show(a)}, Rhino ${show(b)}`;
  }
  const h = firstRecordDifference(studio.message.headers, rhino.headers);
  if (h) return `header ${h}`;
  const p = firstRecordDifference(studio.message.properties, rhino.properties);
  if (p) return `property ${p}`;
  return logDifference(studio, rhino);
}

function logDifference(studio: RunScriptResult, rhino: RhinoResult): string | null {
  const lp = firstRecordDifference(studio.messageLog.properties, rhino.logProperties);
  if (lp) return `log property ${lp}`;
  const sa = studio.messageLog.attachments.map((a) => ({
    name: a.name,
    type: a.type,
    content: a.content,
  }));
  if (!sameData(sa, rhino.logAttachments)) {
    return `log attachments: studio ${show(sa)}, Rhino ${show(rhino.logAttachments)}`;
  }
  return null;
}
