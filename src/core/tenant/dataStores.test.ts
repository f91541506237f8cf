import { describe, expect, it } from 'vitest';
import { requestToMessage, runFlow } from '../engine';
import { runScript } from '../script';
import type { Flow } from '../model/flow';
import { createEngineExecutor } from './engineExecutor';
import { helloWorldFlow, testTenant } from './testFixtures';

const execute = createEngineExecutor(runFlow, requestToMessage, runScript);

/** A Run Once timer flow whose Script sets the body, then a Data Store step. */
function timerWith(id: string, step: { type: string; config: Record<string, unknown> }): Flow {
  const flow = helloWorldFlow({ id });
  flow.name = id;
  const start = flow.process.steps.find((s) => s.type === 'startEvent')!;
  start.type = 'timerStart';
  flow.messageFlows = [];
  flow.participants = flow.participants.filter((p) => p.kind !== 'sender');
  flow.resources.scripts[0]!.content =
    'function processData(message) { message.setBody("tick"); return message; }';
  const script = flow.process.steps.find((s) => s.type === 'script')!;
  const end = flow.process.steps.find((s) => s.type === 'endEvent')!;
  flow.process.steps.push({ id: 'DS', name: 'DS', position: { x: 0, y: 0 }, ...step });
  flow.process.sequenceFlows = [
    { id: 'L1', source: start.id, target: script.id },
    { id: 'L2', source: script.id, target: 'DS' },
    { id: 'L3', source: 'DS', target: end.id },
  ];
  return flow;
}

const write = (visibility: string) => ({
  type: 'dataStoreWrite',
  config: {
    storeName: 'Ticks',
    visibility,
    entryId: 'first',
    retentionDays: '2',
    expirationDays: '3',
    encrypt: true,
    overwrite: false,
    includeHeaders: false,
  },
});

describe("the tenant's data stores", () => {
  it('keep what a deployed flow writes, for the Manage Stores view and for other flows', async () => {
    const { tenant, clock } = testTenant({ execute });
    await tenant.deploy(timerWith('Writer', write('global')));
    await tenant.timerRunsDone();
    const [entry] = await tenant.stores.listEntries();
    expect(entry).toMatchObject({
      storeName: 'Ticks',
      flowId: '',
      flowName: 'Writer',
      entryId: 'first',
      body: 'tick',
      createdAt: clock.now,
    });
    const log = await tenant.queryMessageLog({});
    expect(log[0]?.status).toBe('Completed');

    // Another flow reads it (Global) and deletes it on completion.
    await tenant.deploy(
      timerWith('Reader', {
        type: 'dataStoreGet',
        config: {
          storeName: 'Ticks',
          visibility: 'global',
          entryId: 'first',
          deleteOnCompletion: true,
          throwOnMissing: true,
        },
      }),
    );
    await tenant.timerRunsDone();
    expect(await tenant.stores.listEntries()).toEqual([]);
  });

  it('expire on the tenant clock', async () => {
    const { tenant, clock } = testTenant({ execute });
    await tenant.deploy(timerWith('Writer', write('local')));
    await tenant.timerRunsDone();
    expect(await tenant.stores.listEntries()).toHaveLength(1);
    clock.now += 3 * 24 * 60 * 60 * 1000;
    expect(await tenant.stores.listEntries()).toEqual([]);
  });
});
