import { describe, expect, it } from 'vitest';
import { migrate, migrations } from './migrations';

describe('migrate', () => {
  it('upgrades version 1 to 2: script languages made explicit', () => {
    expect(Object.keys(migrations)).toEqual(['1']);
    expect(
      migrate({ schemaVersion: 1, resources: { scripts: [{ name: 'a.js', content: '' }] } }),
    ).toEqual({
      ok: true,
      value: {
        schemaVersion: 2,
        resources: { scripts: [{ name: 'a.js', language: 'javascript', content: '' }] },
      },
      warnings: ['Upgraded the file from schemaVersion 1 to 2'],
    });
    expect(migrate({ schemaVersion: 2, a: 1 })).toEqual({
      ok: true,
      value: { schemaVersion: 2, a: 1 },
      warnings: [],
    });
  });

  it('chains upgrades from an older version and reports it', () => {
    const table = {
      1: (f: Record<string, unknown>) => ({ ...f, renamed: f.old, old: undefined }),
      2: (f: Record<string, unknown>) => ({ ...f, added: true }),
    };
    const r = migrate({ schemaVersion: 1, old: 'x' }, table, 3);
    expect(r.ok && r.value).toMatchObject({ schemaVersion: 3, renamed: 'x', added: true });
    expect(r.ok && r.warnings).toEqual(['Upgraded the file from schemaVersion 1 to 3']);
  });

  it('refuses versions it has no upgrade for', () => {
    const r = migrate({ schemaVersion: 1 }, {}, 2);
    expect(!r.ok && r.errors[0]).toEqual({
      path: 'schemaVersion',
      message: 'version 1 is no longer supported (no upgrade from 1)',
    });
  });

  it('refuses newer, missing and odd versions', () => {
    expect(migrate({ schemaVersion: 3 }).ok).toBe(false);
    expect(migrate({}).ok).toBe(false);
    expect(migrate({ schemaVersion: 1.5 }).ok).toBe(false);
    expect(migrate({ schemaVersion: 0 }).ok).toBe(false);
  });
});
