import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { newFlow } from '../core/model/factory';
import { emptyFlowHistory } from '../core/workspace';
import { describeRepositoryContract } from '../core/workspace/repositoryContract';
import { createIdbRepository } from './idbRepository';

let n = 0;
describeRepositoryContract('IndexedDB', async () => createIdbRepository(`test-db-${++n}`));

it('two connections to one database see each other and cannot overwrite a newer revision', async () => {
  const tabA = createIdbRepository('shared-db');
  const tabB = createIdbRepository('shared-db');
  const flow = newFlow({ id: 'F', name: 'F' });
  await tabA.putFlow('p', flow, emptyFlowHistory());
  const seenByB = await tabB.getFlow('F');
  expect(seenByB?.revision).toBe(1);
  expect(
    await tabA.putFlow('p', { ...flow, name: 'A' }, emptyFlowHistory(), { expectedRevision: 1 }),
  ).toEqual({ ok: true, revision: 2 });
  expect(
    await tabB.putFlow('p', { ...flow, name: 'B' }, emptyFlowHistory(), { expectedRevision: 1 }),
  ).toMatchObject({ ok: false, reason: 'conflict' });
  expect((await tabB.getFlow('F'))?.flow.name).toBe('A');
  await tabA.close();
  await tabB.close();
});
