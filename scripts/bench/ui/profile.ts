// Dev aid (not part of bench:ui's figures): CPU profile of one interaction on a big flow, printed
// as the functions with the most self time. IFS_BENCH_DIST must point to a build (best with
// `minify: false`). Usage: tsx scripts/bench/ui/profile.ts <size> <action>
// (load, selectAll, undo, pan, drag); IFS_PROFILE_BY_FILE=1 adds the self time per script file.
import { bigFlow } from '../bigFlow';
import { launchChromium, newBenchContext } from '../launch';
import { flowHash, writeWorkspace } from '../seedWorkspace';
import { serve } from '../serve';
import { probesInitScript, type BenchPage } from './probes';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const [size = '1000', action = 'selectAll'] = process.argv.slice(2);
const dist = process.env.IFS_BENCH_DIST;
if (!dist) throw new Error('IFS_BENCH_DIST');
const server = await serve(process.cwd(), dist);
const browser = await launchChromium();
const ctx = await newBenchContext(browser, [probesInitScript('Step_1')]);
const flow = bigFlow(Number(size), `Bench_${size}`);
const seeder = await ctx.newPage();
await seeder.goto(`${server.url}schema/flow.v1.json`);
await writeWorkspace(seeder, [flow]);
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
if (action === 'load') await cdp.send('Profiler.start');
await page.goto(server.url + flowHash(flow.id));
await page.evaluate(() => (window as unknown as BenchPage).__benchPainted);
const node = page.locator('.react-flow__node[data-id="Step_1"]');
await node.click();
await page.waitForTimeout(500);
await page.evaluate(() => {
  const w = window as unknown as { __ev: Record<string, number> };
  w.__ev = {};
  for (const k of Object.keys(window).filter((x) => x.startsWith('on')))
    addEventListener(k.slice(2), (e) => (w.__ev[e.type] = (w.__ev[e.type] ?? 0) + 1), true);
});
if (action !== 'load') await cdp.send('Profiler.start');
const t0 = Date.now();
if (action === 'selectAll') await page.keyboard.press('Control+a');
if (action === 'undo') {
  await page.keyboard.press('Control+a');
  await page.waitForTimeout(500);
  await cdp.send('Profiler.stop');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(500);
  await cdp.send('Profiler.start');
  await page.keyboard.press('Control+z');
}
if (action === 'pan') {
  const box = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(box.x + 5 + i * 3, box.y + 5 + i * 2);
  await page.mouse.up();
}
if (action === 'drag') {
  const b = (await node.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(b.x + i * 3, b.y + i * 2);
  await page.mouse.up();
}
await page.waitForTimeout(1000);
const { profile } = (await cdp.send('Profiler.stop')) as {
  profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
};
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => {
  const n = byId.get(id)!;
  const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.replace(/.*\//, '')}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
const rows = [...self].sort((a, b) => b[1] - a[1]);
console.log(`${action} on ${size}: ${Date.now() - t0} ms wall`);
console.log(
  await page.evaluate(() => JSON.stringify((window as unknown as { __ev: unknown }).__ev)),
);
for (const [k, ms] of rows.slice(0, 45)) console.log(ms.toFixed(1).padStart(8), k);
if (process.env.IFS_PROFILE_BY_FILE) {
  const byFile = new Map<string, number>();
  for (const [k, ms] of rows) {
    const f = k.split(' ').pop()!.split(':')[0]!;
    byFile.set(f, (byFile.get(f) ?? 0) + ms);
  }
  for (const [f, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log('FILE', ms.toFixed(1).padStart(8), f);
}
await browser.close();
await server.close();
