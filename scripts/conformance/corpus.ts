// The conformance corpus: one script per file, its input message and expectations in a JSON
// header comment at the top (`/*--- {...} ---*/`). The script's Rhino mode is read from the script
// itself, exactly as the studio reads it (see src/core/script/rhinoMode.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rhinoModeOf, type RhinoMode } from '../../src/core/script/rhinoMode';

export interface CorpusCase {
  id: string;
  fileName: string;
  source: string;
  mode: RhinoMode;
  title: string;
  body: unknown;
  headers: Record<string, unknown>;
  properties: Record<string, unknown>;
  /** "refused": the studio must refuse the script, naming `refusedApi` in its message. */
  expect: 'same' | 'refused';
  refusedApi?: string;
  /** Script function (Groovy corpus: default processData). */
  functionName?: string;
}

const HEADER = /^\/\*---\s*\n([\s\S]*?)\n---\*\//;

export function parseCase(fileName: string, source: string): CorpusCase {
  const m = HEADER.exec(source);
  if (!m?.[1]) throw new Error(`${fileName}: missing the /*--- {…} ---*/ header`);
  let meta: Record<string, unknown>;
  try {
    meta = JSON.parse(m[1]) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`${fileName}: header is not JSON (${(e as Error).message})`, { cause: e });
  }
  const record = (v: unknown): Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const expect = meta.expect === 'refused' ? 'refused' : 'same';
  const c: CorpusCase = {
    id: fileName.replace(/\.(js|groovy)$/, ''),
    fileName,
    source,
    mode: rhinoModeOf(source),
    title: typeof meta.title === 'string' ? meta.title : '',
    body: meta.body ?? '',
    headers: record(meta.headers),
    properties: record(meta.properties),
    expect,
  };
  if (typeof meta.functionName === 'string') c.functionName = meta.functionName;
  if (expect === 'refused') {
    if (typeof meta.refusedApi !== 'string')
      throw new Error(`${fileName}: "refused" needs "refusedApi"`);
    c.refusedApi = meta.refusedApi;
  }
  return c;
}

export function loadCorpus(dir: string, ext = '.js'): CorpusCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => parseCase(f, readFileSync(join(dir, f), 'utf8')));
}
