import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeOutputs } from './io';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});

const rename = vi.mocked(fs.renameSync);

afterEach(() => rename.mockReset());

describe('writeOutputs', () => {
  it('writes every file and leaves nothing else beside them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ifs-io-'));
    writeFileSync(join(dir, 'a.json'), 'old a');
    writeOutputs([
      { path: join(dir, 'a.json'), data: 'new a' },
      { path: join(dir, 'b.json'), data: 'new b' },
    ]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('new a');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('new b');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
  });

  it('puts back the files it already replaced when a later rename fails', async () => {
    const actual = await vi.importActual<typeof import('node:fs')>('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'ifs-io-'));
    writeFileSync(join(dir, 'a.json'), 'old a');
    writeFileSync(join(dir, 'c.json'), 'old c');
    rename.mockImplementation((from, to) => {
      if (String(from).endsWith('.tmp') && String(to).endsWith('c.json'))
        throw new Error('EIO: i/o error');
      actual.renameSync(from, to);
    });
    expect(() =>
      writeOutputs([
        { path: join(dir, 'a.json'), data: 'new a' },
        { path: join(dir, 'b.json'), data: 'new b' },
        { path: join(dir, 'c.json'), data: 'new c' },
      ]),
    ).toThrow(/c\.json: cannot write \(EIO: i\/o error\)/);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old a');
    expect(readFileSync(join(dir, 'c.json'), 'utf8')).toBe('old c');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'c.json']);
  });
});
