import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../core/tenant';
import { withChangeNotices } from './notifyingStorage';
import type { TenantNotice } from './tenantChannel';

describe('withChangeNotices', () => {
  it('announces writes once per task with the sorted collections, and skips token writes', async () => {
    const notices: TenantNotice[] = [];
    const jobs: (() => void)[] = [];
    const s = withChangeNotices(
      createMemoryStorage(),
      (n) => notices.push(n),
      (run) => jobs.push(run),
    );
    await s.put('users', 'a', 1);
    await s.put('deployments', 'F', 2);
    await s.delete('users', 'a');
    await s.put('tokens', 't', 3);
    expect(jobs).toHaveLength(1);
    jobs[0]!();
    expect(notices).toEqual([{ type: 'changed', collections: ['deployments', 'users'] }]);
    await s.put('tokens', 't2', 4);
    await s.put('csrfTokens', 'c', 5);
    expect(jobs).toHaveLength(1);
    expect(await s.get('tokens', 't2')).toBe(4);
  });
});
