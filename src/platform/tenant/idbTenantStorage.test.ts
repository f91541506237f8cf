import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createIdbTenantStorage } from './idbTenantStorage';
import { uniqueDbName } from './testing';

describe('IndexedDB TenantStorage', () => {
  it('gets, puts, deletes and lists in ascending key order', async () => {
    const s = createIdbTenantStorage(uniqueDbName());
    await s.put('users', 'b', { name: 'b' });
    await s.put('users', 'a', { name: 'a' });
    await s.put('users', 'c', { name: 'c' });
    expect(await s.get('users', 'a')).toEqual({ name: 'a' });
    expect(await s.get('users', 'zz')).toBeUndefined();
    await s.delete('users', 'c');
    expect(await s.list('users')).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(await s.list('oauthClients')).toEqual([]);
    await s.close();
  });

  it('returns copies: mutating a read value leaves the stored one unchanged', async () => {
    const s = createIdbTenantStorage(uniqueDbName());
    await s.put('users', 'a', { name: 'a', roles: ['x'] });
    const read = await s.get<{ roles: string[] }>('users', 'a');
    read!.roles.push('y');
    expect(await s.get('users', 'a')).toEqual({ name: 'a', roles: ['x'] });
  });

  it('bumps the meta stamp on deployment writes only, in the same transaction', async () => {
    const s = createIdbTenantStorage(uniqueDbName());
    expect(await s.readMeta()).toEqual({ stamp: 0, clockOffsetMs: 0 });
    await s.put('users', 'u', {});
    await s.put('messageLog', 'm', {});
    expect((await s.readMeta()).stamp).toBe(0);
    await s.put('deployments', 'F', { flowId: 'F' });
    await s.delete('deployments', 'F');
    expect((await s.readMeta()).stamp).toBe(2);
  });

  it('merges meta updates and shares them with another connection', async () => {
    const name = uniqueDbName();
    const a = createIdbTenantStorage(name);
    const b = createIdbTenantStorage(name);
    await a.put('deployments', 'F', { flowId: 'F' });
    expect(await a.writeMeta({ clockOffsetMs: 60_000 })).toEqual({
      stamp: 1,
      clockOffsetMs: 60_000,
    });
    expect(await b.readMeta()).toEqual({ stamp: 1, clockOffsetMs: 60_000 });
    expect(await b.get('deployments', 'F')).toEqual({ flowId: 'F' });
    await a.close();
    await b.close();
  });
});
