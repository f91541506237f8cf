import { mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledCli, upToDate, type Manifest } from '../../bin/compiledCli.mjs';
import { tempDir } from './testing';

/** A stand-in source tree with the three entry points the build compiles. */
function fakeRoot(answer: string): string {
  const root = tempDir();
  const earlier = new Date(Date.now() - 10_000);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    utimesSync(join(root, path), earlier, earlier);
  };
  write('src/cli/answer.ts', `export const answer: string = ${JSON.stringify(answer)};`);
  write(
    'src/cli/main.ts',
    `import { answer } from './answer';\nexport async function main(): Promise<string> { return answer; }`,
  );
  write('src/sandbox/node.worker.ts', 'export {};');
  write('src/cli/serve/scriptWorkerMain.ts', 'export {};');
  return root;
}

async function run(root: string): Promise<{ url: string; answer: string }> {
  const url = await compiledCli({ root, cache: join(root, 'cache') });
  const { main } = (await import(`${url}?t=${Date.now()}`)) as { main: () => Promise<string> };
  return { url, answer: await main() };
}

describe('the compiled CLI (bin/compiledCli.mjs)', () => {
  it('builds once, reuses the build while no source changes, builds again after an edit', async () => {
    const root = fakeRoot('first');
    const a = await run(root);
    expect(a.answer).toBe('first');
    const files = readdirSync(dirname(new URL(a.url).pathname));
    expect(files).toEqual(
      expect.arrayContaining(['cli.mjs', 'node.worker.mjs', 'scriptWorker.mjs']),
    );
    const b = await run(root);
    expect(b.url).toBe(a.url);

    // An edit to a module the entry imports (same length, so only the time tells).
    writeFileSync(
      join(root, 'src/cli/answer.ts'),
      `export const answer: string = ${JSON.stringify('secnd')};`,
    );
    const later = new Date(Date.now() + 5000);
    utimesSync(join(root, 'src/cli/answer.ts'), later, later);
    const c = await run(root);
    expect(c.url).not.toBe(a.url);
    expect(c.answer).toBe('secnd');
  });

  it('is out of date when an input changed size or time, is gone, or the layout changed', () => {
    const root = fakeRoot('x');
    const manifestOf = async () => {
      await compiledCli({ root, cache: join(root, 'cache') });
      return JSON.parse(readFileSync(join(root, 'cache/manifest.json'), 'utf8')) as Manifest;
    };
    return manifestOf().then((m) => {
      expect(Object.keys(m.inputs)).toEqual(
        expect.arrayContaining(['src/cli/main.ts', 'src/cli/answer.ts']),
      );
      expect(upToDate(m, root)).toBe(true);
      expect(upToDate({ ...m, layout: m.layout + 1 }, root)).toBe(false);
      const [size, time] = m.inputs['src/cli/answer.ts']!;
      expect(
        upToDate({ ...m, inputs: { ...m.inputs, 'src/cli/answer.ts': [size + 1, time] } }, root),
      ).toBe(false);
      expect(
        upToDate({ ...m, inputs: { ...m.inputs, 'src/cli/answer.ts': [size, time - 1] } }, root),
      ).toBe(false);
      expect(upToDate({ ...m, inputs: { ...m.inputs, 'src/cli/gone.ts': [1, 1] } }, root)).toBe(
        false,
      );
    });
  });

  it('keeps the builds used last (and any used within the hour), removes older ones', async () => {
    const root = fakeRoot('x');
    const cache = join(root, 'cache');
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3600 * 1000);
    for (let i = 1; i <= 7; i++) {
      mkdirSync(join(cache, `old-${i}`), { recursive: true });
      utimesSync(join(cache, `old-${i}`), hoursAgo(i + 1), hoursAgo(i + 1));
    }
    mkdirSync(join(cache, 'serving'));
    // Stands for a long-running server that marked its (old) build as in use a minute ago.
    utimesSync(join(cache, 'serving'), hoursAgo(1 / 60), hoursAgo(1 / 60));
    const url = await compiledCli({ root, cache });
    const built = new URL(url).pathname.split('/').at(-2)!;
    expect(readdirSync(cache).sort()).toEqual(
      [built, 'manifest.json', 'old-1', 'old-2', 'old-3', 'serving'].sort(),
    );
  });
});
