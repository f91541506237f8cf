import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureInitialJs } from './bundle-size.mjs';

const dist = mkdtempSync(join(tmpdir(), 'bundle-size-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(join(dist, file, '..'), { recursive: true });
  writeFileSync(join(dist, file), text);
}

describe('measureInitialJs', () => {
  it('follows index.html, modulepreloads and static imports, plus FlowEditor; not import()', () => {
    write(
      'index.html',
      '<script type="module" crossorigin src="./assets/index-a.js"></script>' +
        '<link rel="modulepreload" crossorigin href="./assets/react-b.js">',
    );
    write(
      'assets/index-a.js',
      'import{a as e}from"./shared-c.js";import"./side-d.js";const l=()=>import("./FlowEditor-e.js");',
    );
    write('assets/react-b.js', 'export const r=1;');
    write('assets/shared-c.js', 'export*from"./deep-f.js";export const a=1;');
    write('assets/side-d.js', 'console.log(1);');
    write('assets/deep-f.js', 'export const f="import(\'./never-g.js\')";');
    write('assets/FlowEditor-e.js', 'import{x}from"./xy-h.js";const s=()=>import("./lazy-i.js");');
    write('assets/xy-h.js', 'export const x=1;');
    write('assets/lazy-i.js', 'x'.repeat(5000));
    const result = measureInitialJs(dist);
    expect(result.chunks.map((c) => [c.file, c.reason])).toEqual([
      ['assets/index-a.js', 'entry'],
      ['assets/shared-c.js', 'static import'],
      ['assets/deep-f.js', 'static import'],
      ['assets/side-d.js', 'static import'],
      ['assets/react-b.js', 'modulepreload'],
      ['assets/FlowEditor-e.js', 'FlowEditor'],
      ['assets/xy-h.js', 'FlowEditor import'],
    ]);
    expect(result.flowEditor).toBe('assets/FlowEditor-e.js');
    const sum = (n: number) => result.chunks.slice(0, n).reduce((s, c) => s + c.gzipKb, 0);
    expect(result.shellKb).toBeCloseTo(sum(5), 6);
    expect(result.totalKb).toBeCloseTo(sum(7), 6);
  });
});
