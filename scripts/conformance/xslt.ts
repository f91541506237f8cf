/**
 * XSLT conformance against Saxon-HE (CPI runs Saxon): runs every stylesheet of a folder through
 * the studio's XSLT Mapping (src/core/steps/xsltMapping/xslt.ts) and through Saxon-HE's command
 * line (Debian `libsaxonhe-java`), on the same input, and compares the serialised results
 * (XML declaration, empty-element form and whitespace between tags ignored).
 *
 *   npx tsx scripts/conformance/xslt.ts <folder of .xsl/.xslt> [input.xml]
 *
 * Real CPI stylesheets are not kept in the repository; README "XSLT Mapping" has the figures of
 * the last run over the public sample.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runXslt } from '../../src/core/steps/xsltMapping/xslt';

const SAXON = '/usr/share/java/Saxon-HE.jar';
const [dir, inputFile] = process.argv.slice(2);
if (!dir) {
  console.error('usage: tsx scripts/conformance/xslt.ts <folder> [input.xml]');
  process.exit(2);
}
const input = inputFile ? readFileSync(inputFile, 'utf8') : '<root/>';
const tmp = mkdtempSync(join(tmpdir(), 'ifs-xslt-'));
const inPath = join(tmp, 'in.xml');
writeFileSync(inPath, input);
const hasSaxon = existsSync(SAXON);

const norm = (s: string) =>
  s
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<([\w:.-]+)((?:\s[^<>]*?)?)><\/\1>/g, '<$1$2/>')
    .replace(/\s+\/>/g, '/>')
    .replace(/>\s+</g, '><')
    .trim();

function saxon(file: string): { ok: true; out: string } | { ok: false; error: string } {
  try {
    const out = execFileSync(
      'java',
      ['-cp', SAXON, 'net.sf.saxon.Transform', `-s:${inPath}`, `-xsl:${file}`],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 30_000,
      },
    );
    return { ok: true, out };
  } catch (e) {
    return { ok: false, error: String((e as { stderr?: string }).stderr ?? e).split('\n')[0]! };
  }
}

const files = readdirSync(dir)
  .filter((f) => /\.xslt?$/i.test(f))
  .sort();
const tally = { ran: 0, failed: 0, same: 0, differ: 0, bothFail: 0, oracleFails: 0 };
const reasons = new Map<string, number>();
for (const f of files) {
  const path = join(dir, f);
  const stylesheet = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  let ours: string | undefined;
  try {
    ours = await runXslt({ stylesheet, fileName: f, input, params: {}, resolve: () => undefined });
    tally.ran++;
  } catch (e) {
    tally.failed++;
    const why = (e as Error).message.replace(/^the stylesheet .*?: /, '').slice(0, 70);
    reasons.set(why, (reasons.get(why) ?? 0) + 1);
  }
  if (!hasSaxon) continue;
  const theirs = saxon(path);
  if (!theirs.ok) {
    if (ours === undefined) tally.bothFail++;
    else tally.oracleFails++;
    continue;
  }
  if (ours === undefined) continue;
  if (norm(ours) === norm(theirs.out)) tally.same++;
  else {
    tally.differ++;
    if (process.env.XSLT_DIFFS)
      console.log(
        `differs: ${f}\n  ours:  ${norm(ours).slice(0, 160)}\n  saxon: ${norm(theirs.out).slice(0, 160)}`,
      );
  }
}
console.log(`${files.length} stylesheets, input ${inputFile ?? '<root/>'}`);
console.log(`  run without error here: ${tally.ran}; refused or failed: ${tally.failed}`);
if (hasSaxon)
  console.log(
    `  Saxon-HE: same result ${tally.same}, different ${tally.differ}; Saxon fails too ${tally.bothFail}; only Saxon fails ${tally.oracleFails}`,
  );
else console.log(`  (no Saxon-HE at ${SAXON}: apt-get install libsaxonhe-java to compare)`);
for (const [why, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${why}`);
