import { importFlow, importFlowValue, type ImportFlowResult } from './importFlow';
import { parseJsonSafely } from './parseJson';
import { describeError, issue } from './paths';

/**
 * The one door for a flow from anywhere: a file's text or bytes, a value read back from
 * IndexedDB, a tenant deployment snapshot, a flow built by the CPI import. Parse (for text),
 * refuse dangerous keys, migrate to the current schemaVersion, repair, validate. Values are
 * re-serialised first so stored data gets the same dangerous-key walk as a file.
 */
export function loadFlow(input: unknown): ImportFlowResult {
  if (typeof input === 'string') return importFlow(input);
  if (input instanceof Uint8Array) return importFlow(new TextDecoder().decode(input));
  let text: string;
  try {
    text = JSON.stringify(input) ?? 'null';
  } catch {
    return { ok: false, errors: [issue([], 'not plain data (a cycle or a function)')] };
  }
  const parsed = parseJsonSafely(text);
  return parsed.ok ? importFlowValue(parsed.value, []) : parsed;
}

/** The errors of a failed load as one line, for logs and banners. */
export function loadErrorText(result: ImportFlowResult): string {
  return result.ok ? '' : result.errors.slice(0, 3).map(describeError).join('; ');
}
