/**
 * Bundle budget: fails when the JavaScript a user loads before the designer is usable grows past
 * its budget. Reads the build manifest of `dist/` (or the folder given as the first argument),
 * so run it after `vite build`; `npm run test:e2e` (and so CI) does.
 *
 * Budgets are gzip sizes of the entry script of index.html with its static imports ("shell"),
 * and the same plus the flow editor chunk with its static imports ("canvas"), which opening a
 * flow needs. Raise a budget only on purpose, with the reason in the commit message.
 */
import { resolve } from 'node:path';
import { initialJsFromBuild } from './bench/buildApp';

// Down from 164/236 once the Content Modifier's CPI codec stopped importing fast-xml-parser
// (the codec core parses its tables for it): the XML parser (20 KB) now loads only for CPI
// import/export and the XML steps. Raised from 146/220 on purpose for two features the first
// screen needs: the flow storage that saves only what changed (src/platform/flowRecords.ts,
// +1.8 KB gzip in the shell) and the canvas's own connection gestures that replaced React
// Flow's handle components (+0.9 KB); about 2 KB of room above today's 145.3/220.8 KB.
// Canvas raised to 224 on purpose (2026-12-05) for opening big flows at 100 % (only the visible
// part rendered), the connection rule's per-flow index and the load door's parse-once note
// (+0.6 KB with the flow editor); the script parsers no longer load for a flow without
// scripts, so the empty editor loads 35 KB less before it is usable. Raised to 148.5/225.5 on
// purpose (2026-12-05) for the Content Modifier's XPath source and the flow's Namespace Mapping
// (+0.8 KB: the step's validation and config live in the registry the load door needs; the
// XPath engine itself stays lazy), leaving about 0.6 KB of room. Raised to 149.3/226.4 on
// purpose (2026-12-05) for the Timer Start (a step type of the registry, with its CPI schedule
// read for the Camel export, +0.8 KB) and the CPI Script Collections (+0.1 KB). Raised to
// 151.3/228.4 on purpose (2026-12-05) for the Timer Start's schedule edited in its properties
// (its form, Quartz cron and time-zone checks, CPI's scheduleKey written back: +2.0 KB in the
// registry; the cron engine that fires schedules loads with the tenant).
// Raised by 2.1/2.1 KB on purpose (2026-12-05) for the four Data Store step types (Write, Get,
// Select, Delete: forms, config schemas, CPI codecs and validation in the registry the load
// door needs, about 0.5 KB each; their execution loads lazily with the first Data Store step).
// Raised by 3.8/3.9 KB on purpose (2026-12-05) for six step types in the registry: General and
// Iterating Splitter, Gather, Parallel and Sequential Multicast, Join (forms, validation, CPI
// and Camel codecs, about 0.65 KB each; splitting and combining XML load with the first run).
// Raised by 1.8/2.2 KB to 159.0/236.6 on purpose (2026-12-05) for the XSLT Mapping step type (its
// registry entry: form, schema, CPI and Camel codecs, validation, the stylesheet commands; in the
// flow editor the Resource field and Edit stylesheet). The XSLT processor and the stylesheet
// editor (Monaco XML) load lazily.
// Raised by 0.6/0.6 KB on purpose (2026-12-05) for the Filter step type (its form, config schema,
// CPI and Camel codecs and XPath validation in the registry, measured; the XPath engine that runs
// it stays lazy).
// Raised by 0.9/0.8 KB on purpose (2026-12-05) for the Base64 Encoder, Base64 Decoder, ZIP
// Compression and ZIP Decompression step types (registry entries and CPI/Camel codecs, about
// 0.2 KB each, measured; fflate and the Base64/ZIP code stay lazy).
// Raised by 1.2/1.3 KB on purpose (2026-12-05) for Write Variables (its table form, CPI and Camel
// codecs, validation, and its small executor; the XPath engine it may use stays lazy).
// Raised by 0.3/0.3 KB on purpose (2026-12-05) for the route order edited in the properties (the
// Router's and Sequential Multicast's Route/Branch Order field, link.split, route order kept by
// deletes; measured 162.0/239.5).
// Raised by 0.2/0.1 KB on purpose (2026-12-05): deployed schedules resume when the app is idle on
// any page (src/platform/tenant/resumeSchedules.ts, the tenant itself stays lazy).
// Lowered to 156.7/234.5 (2026-12-05): the step and adapter types' CPI and Camel codecs load
// on first use (registry/codecs.ts loadCodecs; measured 162.12/239.70 before, 156.36/234.17
// after, -5.8/-5.5 KB gzip; about 28 KB minified of codec modules left the first screen). A new
// step type now grows the first screen by its registry entry only; its codecs go in its
// folder's codecs.ts, loaded with the others.
// Lowered from 156.7/234.5 to 139.1/216.9 (2026-12-05, measured 156.36/234.17 before and
// 138.8/216.6 after, + 0.3 KB room; 162.0/239.5 -> 144.5/222.0 before the lazy codecs) by the
// config and flow schemas on zod/mini: zod on the first screen went from 91.7 KB minified (25.7
// KB gzip alone, from the source maps) to 26.3 KB (7.9 KB): no classic method chains, no English
// locale (src/core/io/zodIssues.ts words the issues), and the JSON Schema generator no longer
// reached through the src/core/io barrel.
// Raised by 0.3/0.3 KB on purpose (2026-12-05) for the Content Modifier's Local and Global
// Variable source types (their options and placeholders and the variable name's validation in
// the registry; measured 139.30/217.13 with them, 138.89/216.71 without); their CPI and Camel
// mappings load with the codecs, reading the variable store with the first step that reads one.
export const BUDGET_KB = { shell: 139.4, canvas: 217.2 };

const outDir = resolve(process.argv[2] ?? 'dist');
const { shell, canvas } = await initialJsFromBuild(outDir);
const lines: string[] = [];
let failed = false;
const report = (name: string, kb: number, budget: number, files: string[]) => {
  const over = kb > budget;
  failed ||= over;
  lines.push(
    `${over ? 'OVER' : 'ok  '} ${name}: ${kb.toFixed(1)} KB gzip (budget ${budget} KB, ${files.length} files)`,
  );
  if (over) lines.push(...files.map((f) => `       ${f}`));
};
report('initial chunk (entry + static imports)', shell.kb, BUDGET_KB.shell, shell.files);
if (!canvas) {
  failed = true;
  lines.push('OVER no flow editor chunk (src/ui/editor/FlowEditor.tsx) in the build manifest');
} else report('+ flow editor chunk', canvas.kb, BUDGET_KB.canvas, canvas.files);
console.log(`Bundle budget (${outDir}):\n${lines.join('\n')}`);
if (failed) {
  console.error(
    'Bundle budget exceeded: load the new code lazily, or raise the budget on purpose.',
  );
  process.exit(1);
}
