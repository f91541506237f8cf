import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import type { FieldGroup } from '../registry/types';
import { configErrors } from './configProblems';

const f: FieldGroup[] = [
  { title: 'Main', fields: [{ key: 'address', label: 'Address', kind: 'text' }] },
];
const schema = z.strictObject({ address: z.string().check(z.minLength(1, 'is required')) });

describe('configErrors', () => {
  it('labels schema issues and lets the definition’s own message win', () => {
    expect(configErrors(schema, f, { address: '' }, [])).toEqual([
      { field: 'address', message: 'Address: is required' },
    ]);
    expect(
      configErrors(schema, f, { address: '' }, [{ field: 'address', message: 'own' }]),
    ).toEqual([{ field: 'address', message: 'own' }]);
    expect(configErrors(schema, f, { address: 'x', extra: 1 }, [])).toEqual([
      { message: 'Unknown setting(s): extra' },
    ]);
  });

  it('parses a config object once however often it is validated; a new object is parsed again', () => {
    const spy = vi.spyOn(schema, 'safeParse');
    const config = { address: '' };
    const first = configErrors(schema, f, config, []);
    for (let i = 0; i < 5; i++) expect(configErrors(schema, f, config, [])).toEqual(first);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(configErrors(schema, f, { address: '/v1' }, [])).toEqual([]);
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });
});
