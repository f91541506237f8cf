import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED, bundleShims, generatedModule } from '../../../../scripts/build-prelude';

describe('shims bundle', () => {
  it('is up to date with src/core/script/shims', async () => {
    const fresh = generatedModule(await bundleShims());
    const stale = readFileSync(GENERATED, 'utf8') !== fresh;
    expect(stale, 'shims.generated.ts is stale: run `npm run prelude`').toBe(false);
  });
});
