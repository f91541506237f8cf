// Sandbox values as plain JSON data (the only thing that ever leaves the sandbox) and as text.
// Java shims become objects, arrays and strings; getters, toJSON and Proxies run here, inside the
// sandbox under its time limit, never in the host.
import { JavaList, JavaMap, JavaSet } from './collections';
import { exceptionData } from './javaLang';
import { JavaString, VAL } from './javaString';

const JsString = String;
const JsError = Error;
const JsDate = Date;
const JsTypeError = TypeError;
const jsonStringify = JSON.stringify;
const keys = Object.keys;
const isArray = Array.isArray;
const isView = ArrayBuffer.isView;
const slice = Array.prototype.slice;
const objectToString = Object.prototype.toString;

/** Text of any value as Java's String.valueOf would give it (objects as their JSON). */
export function describe(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof JavaString) return v[VAL];
  if (v instanceof JsError) return `${v.name || 'Error'}: ${v.message}`;
  if (v === null || typeof v !== 'object') return JsString(v);
  const o = v as { toString?: unknown };
  if (typeof o.toString === 'function' && o.toString !== objectToString)
    return JsString((o.toString as () => unknown).call(v));
  try {
    return jsonStringify(toPlain(v, 0));
  } catch {
    return JsString(v);
  }
}

/** Plain JSON-like copy, at most 64 levels deep (deeper or circular values are an error). */
export function toPlain(v: unknown, depth: number): unknown {
  if (depth > 64)
    throw new JsTypeError('Value is nested too deeply (or circular) to leave the script');
  if (v === null || v === undefined) return null;
  const t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean') return v;
  if (t === 'bigint') return JsString(v);
  if (t !== 'object') return undefined;
  if (v instanceof JavaString) return v[VAL];
  if (v instanceof JavaMap) return v.__plain(depth);
  if (v instanceof JavaList || v instanceof JavaSet) return plainArray(v.toArray(), depth);
  if (v instanceof JsDate) return isNaN(v.getTime()) ? null : v.toISOString();
  if (v instanceof JsError) return exceptionData(v);
  if (isView(v)) return plainArray(slice.call(v), depth);
  if (isArray(v)) return plainArray(v, depth);
  const o = v as Record<string, unknown> & { toJSON?: unknown };
  if (typeof o.toJSON === 'function')
    return toPlain((o.toJSON as () => unknown).call(v), depth + 1);
  const out: Record<string, unknown> = {};
  const ks = keys(o);
  for (let i = 0; i < ks.length; i++) {
    const x = toPlain(o[ks[i]!], depth + 1);
    if (x !== undefined) out[ks[i]!] = x;
  }
  return out;
}

export function plainArray(a: ArrayLike<unknown>, depth: number): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < a.length; i++) {
    const x = toPlain(a[i], depth + 1);
    out.push(x === undefined ? null : x);
  }
  return out;
}
