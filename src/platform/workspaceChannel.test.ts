import { expect, it } from 'vitest';
import type { WorkspaceNotice } from '../store/workspace/types';
import { createWorkspaceChannel } from './workspaceChannel';

it('delivers notices to other channels of the same name, not to itself', async () => {
  const a = createWorkspaceChannel('test-channel');
  const b = createWorkspaceChannel('test-channel');
  const gotA: WorkspaceNotice[] = [];
  const gotB: WorkspaceNotice[] = [];
  a.subscribe((n) => gotA.push(n));
  b.subscribe((n) => gotB.push(n));
  a.post({ type: 'flowSaved', flowId: 'F', packageId: 'P', revision: 3 });
  await expect.poll(() => gotB.length).toBe(1);
  expect(gotB[0]).toEqual({ type: 'flowSaved', flowId: 'F', packageId: 'P', revision: 3 });
  expect(gotA).toEqual([]);
  a.close();
  b.close();
});
