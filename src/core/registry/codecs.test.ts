import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { adapterCodecs, loadCodecs, stepCodecs } from './codecs';
import { lazyCodecs } from './lazyCodecs';
import { getStepType } from './registry';

describe('step and adapter types load their codecs on first use', () => {
  // First in this file: nothing has loaded the codecs yet.
  it('before loadCodecs a type says its codecs are not loaded, and none is loaded', () => {
    expect(getStepType('script')!.codecs!.loaded()).toBeUndefined();
    expect(() => stepCodecs('script')).toThrow(
      'The codecs of step type "script" are not loaded: await loadCodecs() before reading or writing CPI or Camel content',
    );
    expect(() => adapterCodecs('HTTPS')).toThrow(/adapter type "HTTPS" are not loaded/);
    // A type without codecs (or an unknown one) has none, loaded or not.
    expect(stepCodecs('sender')).toEqual({});
    expect(stepCodecs('noSuchType')).toEqual({});
  });

  it('after loadCodecs every type reads its codecs synchronously; the load happens once', async () => {
    const first = loadCodecs();
    expect(loadCodecs()).toBe(first);
    await first;
    expect(stepCodecs('script').cpi?.activityType).toBe('Script');
    expect(stepCodecs('timerStart').camel?.from).toBeTypeOf('function');
    expect(stepCodecs('base64Encoder').cpi?.propertyMatch).toEqual({
      encoderType: 'Base64 Encode',
    });
    expect(adapterCodecs('HTTPS').cpi?.componentType).toBe('HTTPS');
  });

  it('lazyCodecs calls its loader only when asked, once, and again after a failure', async () => {
    const load = vi
      .fn<() => Promise<{ n: number }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ n: 1 });
    const codecs = lazyCodecs(load);
    expect(load).not.toHaveBeenCalled();
    await expect(codecs.load()).rejects.toThrow('offline');
    expect(codecs.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([codecs.load(), codecs.load()]);
    expect(a).toBe(b);
    expect(codecs.loaded()).toBe(a);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("no step or adapter folder's index.ts imports its codecs statically (they stay off the first screen)", () => {
    const core = fileURLToPath(new URL('..', import.meta.url));
    const indexes = ['steps', 'adapters'].flatMap((group) =>
      readdirSync(join(core, group), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => join(core, group, d.name, 'index.ts')),
    );
    expect(indexes.length).toBeGreaterThan(20);
    for (const file of indexes) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/^import [^;]* from '\.\/(cpi|camel\w*|codecs)';/m);
    }
  });
});
