#!/usr/bin/env node
/**
 * Initial JavaScript of a built app (issue 2: at most 200 KB gzip before the canvas is usable).
 *
 *   node scripts/bundle-size.mjs <dist> [--json] [--limit 200]
 *
 * Reads the build output only (no manifest needed): the entry script and modulepreload links of
 * index.html, then the static `import … from "./x.js"` statements inside the built chunks,
 * recursively (dynamic `import(` is lazy and not followed). The FlowEditor chunk and its static
 * imports are added, because opening a flow must load them before the canvas can be used.
 * `--limit` makes the exit code 1 when the total is over the given KB.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Minified output looks like `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`.
const STATIC_IMPORT =
  /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+?\.m?js)["']/g;
const HTML_SCRIPT = /<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']/g;
const HTML_PRELOAD = /<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/g;

/** Static imports of one built chunk, as absolute paths. */
export function staticImportsOf(file) {
  const code = readFileSync(file, 'utf8');
  const out = new Set();
  for (const m of code.matchAll(STATIC_IMPORT)) out.add(resolve(dirname(file), m[1]));
  return [...out];
}

function htmlRefs(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const toPath = (href) => resolve(dist, href.replace(/^\//, './').split('?')[0]);
  return {
    entries: [...html.matchAll(HTML_SCRIPT)].map((m) => toPath(m[1])),
    preloads: [...html.matchAll(HTML_PRELOAD)].map((m) => toPath(m[1])),
  };
}

function findFlowEditorChunk(dist) {
  const assets = join(dist, 'assets');
  if (!existsSync(assets)) return null;
  const name = readdirSync(assets).find((f) => /^FlowEditor-.*\.js$/.test(f));
  return name ? join(assets, name) : null;
}

/**
 * Walks the initial chunks of a build. Returns every chunk with its raw and gzip size (KB) and
 * why it is loaded ("entry", "modulepreload", "static import", "FlowEditor", "FlowEditor import"),
 * the total gzip KB of the shell alone (before a flow is opened) and with the canvas.
 */
export function measureInitialJs(distDir) {
  const dist = resolve(distDir);
  const { entries, preloads } = htmlRefs(dist);
  if (entries.length === 0) throw new Error(`no module script in ${join(dist, 'index.html')}`);
  const chunks = new Map();
  const visit = (file, reason, importReason) => {
    if (chunks.has(file) || !existsSync(file)) return;
    const bytes = readFileSync(file);
    chunks.set(file, {
      file: relative(dist, file),
      reason,
      rawKb: bytes.length / 1024,
      gzipKb: gzipSync(bytes).length / 1024,
    });
    for (const dep of staticImportsOf(file)) visit(dep, importReason, importReason);
  };
  for (const e of entries) visit(e, 'entry', 'static import');
  for (const p of preloads) visit(p, 'modulepreload', 'static import');
  const shellKb = sum(chunks.values());
  const flowEditor = findFlowEditorChunk(dist);
  if (flowEditor) visit(flowEditor, 'FlowEditor', 'FlowEditor import');
  const list = [...chunks.values()];
  return {
    chunks: list,
    shellKb,
    totalKb: sum(list),
    flowEditor: flowEditor ? relative(dist, flowEditor) : null,
  };
}

function sum(chunks) {
  let kb = 0;
  for (const c of chunks) kb += c.gzipKb;
  return kb;
}

function printReport(result) {
  const rows = [...result.chunks].sort((a, b) => b.gzipKb - a.gzipKb);
  const width = Math.max(...rows.map((r) => r.file.length), 5);
  console.log(`${'chunk'.padEnd(width)}  ${'raw KB'.padStart(8)}  ${'gzip KB'.padStart(8)}  why`);
  for (const r of rows)
    console.log(
      `${r.file.padEnd(width)}  ${r.rawKb.toFixed(1).padStart(8)}  ${r.gzipKb.toFixed(1).padStart(8)}  ${r.reason}`,
    );
  console.log(`shell (before a flow is opened): ${result.shellKb.toFixed(1)} KB gzip`);
  console.log(
    `initial JS before the canvas is usable: ${result.totalKb.toFixed(1)} KB gzip` +
      (result.flowEditor ? '' : ' (no FlowEditor chunk found)'),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dist = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit') ?? 'dist';
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : undefined;
  const result = measureInitialJs(dist);
  if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else printReport(result);
  if (limit !== undefined && result.totalKb > limit) {
    console.error(`over the limit: ${result.totalKb.toFixed(1)} KB > ${limit} KB gzip`);
    process.exitCode = 1;
  }
}
