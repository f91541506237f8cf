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

// Raised from 132/200 when the step types' CPI codecs brought fast-xml-parser (20 KB) into the
// registry, and from 158/228 when CPI import/export, the import report and the tenant's URL and
// confirmation views came in; it should come down again (the CPI codecs and XML parser only
// need to load for CPI import/export and the XML steps).
export const BUDGET_KB = { shell: 164, canvas: 236 };

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
