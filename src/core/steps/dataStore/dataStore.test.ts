import { describe, expect, it } from 'vitest';
import { runFlow } from '../../engine/runFlow';
import { fakeRunScript } from '../../engine/testing/fakeRunScript';
import { fixedOptions, lineFlow } from '../../engine/testing/flowFixture';
import type { Flow } from '../../model/flow';
import type { Message } from '../../model/message';
import { createFlowStores } from '../../stores/flowStores';
import type { FlowStores } from '../../stores/types';
import { createMemoryStorage } from '../../tenant/storage';
import { dataStoreGetType, dataStoreSelectType, dataStoreWriteType } from '.';

const DAY = 24 * 60 * 60 * 1000;
let clock = new Date('2026-03-05T08:00:00Z').getTime();
const now = () => new Date(clock);
const newStores = () => createFlowStores(createMemoryStorage(), () => clock, 'simulation');

const write = (c: Record<string, unknown> = {}) => ({
  id: 'Write',
  type: 'dataStoreWrite',
  config: { ...dataStoreWriteType.defaultConfig(), storeName: 'orders', ...c },
});
const get = (c: Record<string, unknown> = {}) => ({
  id: 'Get',
  type: 'dataStoreGet',
  config: { ...dataStoreGetType.defaultConfig(), storeName: 'orders', ...c },
});
const select = (c: Record<string, unknown> = {}) => ({
  id: 'Select',
  type: 'dataStoreSelect',
  config: { ...dataStoreSelectType.defaultConfig(), storeName: 'orders', ...c },
});
const del = (c: Record<string, unknown> = {}) => ({
  id: 'Delete',
  type: 'dataStoreDelete',
  config: { storeName: 'orders', visibility: 'local', entryId: '', ...c },
});

const msg = (body: string, headers: Record<string, unknown> = {}): Message => ({
  body,
  headers,
  properties: {},
});
async function run(flow: Flow, stores: FlowStores, input: Message = msg('')) {
  return runFlow(flow, input, { ...fixedOptions, now, runScript: fakeRunScript, stores });
}

describe('Data Store Write and Get', () => {
  it('writes the body under an entry ID from an expression and reads it back in another run', async () => {
    const stores = newStores();
    const w = await run(
      lineFlow([write({ entryId: '${header.orderId}' })]),
      stores,
      msg('<order>7</order>', { orderId: 'A-7' }),
    );
    expect(w.status).toBe('completed');
    expect(w.entries[1]!.logs[0]!.text).toMatch(
      /^Data Store Write: entry "A-7" written in data store "orders" \(Integration Flow, simulation's own store\)/,
    );
    const [entry] = await stores.listEntries();
    expect(entry).toMatchObject({
      storeName: 'orders',
      flowId: 'Flow_test',
      entryId: 'A-7',
      body: '<order>7</order>',
      expiresAt: clock + 90 * DAY,
      alertAt: clock + 2 * DAY,
      encrypted: true,
    });
    const g = await run(lineFlow([get({ entryId: 'A-7' })]), stores, msg('before'));
    expect(g.status).toBe('completed');
    expect(g.output.body).toBe('<order>7</order>');
    expect(await stores.listEntries()).toHaveLength(1);
  });

  it('refuses an existing entry ID unless Overwrite Existing Message is set', async () => {
    const stores = newStores();
    await run(lineFlow([write({ entryId: '1' })]), stores, msg('a'));
    const again = await run(lineFlow([write({ entryId: '1' })]), stores, msg('b'));
    expect(again.status).toBe('failed');
    expect(again.error?.message).toMatch(
      /An entry with ID "1" already exists in data store "orders"/,
    );
    const over = await run(lineFlow([write({ entryId: '1', overwrite: true })]), stores, msg('b'));
    expect(over.entries[1]!.logs[0]!.text).toMatch(/entry "1" overwritten/);
    expect((await stores.listEntries())[0]!.body).toBe('b');
  });

  it('falls back to the header SapDataStoreId, then to a generated ID', async () => {
    const stores = newStores();
    await run(lineFlow([write()]), stores, msg('x', { SapDataStoreId: 'H1' }));
    await run(lineFlow([write()]), stores, msg('y'));
    const ids = (await stores.listEntries()).map((e) => e.entryId);
    expect(ids).toContain('H1');
    expect(ids.find((i) => i !== 'H1')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps headers with Include Message Headers and gives them back on Get', async () => {
    const stores = newStores();
    await run(
      lineFlow([write({ entryId: 'k', includeHeaders: true })]),
      stores,
      msg('b', { a: 1 }),
    );
    const g = await run(lineFlow([get({ entryId: 'k' })]), stores);
    expect(g.output.headers.a).toBe('1');
  });

  it('deletes on completion, and a missing entry throws or empties the body', async () => {
    const stores = newStores();
    await run(lineFlow([write({ entryId: 'k' })]), stores, msg('b'));
    await run(lineFlow([get({ entryId: 'k', deleteOnCompletion: true })]), stores);
    expect(await stores.listEntries()).toEqual([]);
    const missing = await run(lineFlow([get({ entryId: 'k' })]), stores, msg('keep'));
    expect(missing.status).toBe('failed');
    expect(missing.error).toMatchObject({
      stepId: 'Get',
      type: 'DataStoreException',
      message: expect.stringMatching(/No entry with ID "k" in data store "orders"/),
    });
    const quiet = await run(
      lineFlow([get({ entryId: 'k', throwOnMissing: false })]),
      stores,
      msg('x'),
    );
    expect(quiet.status).toBe('completed');
    expect(quiet.output.body).toBe('');
  });

  it('keeps a local store to its flow and shares a global one', async () => {
    const stores = newStores();
    await run(lineFlow([write({ entryId: 'L' })]), stores, msg('local'));
    await run(lineFlow([write({ entryId: 'G', visibility: 'global' })]), stores, msg('global'));
    const other = lineFlow([get({ entryId: 'L' })]);
    other.id = 'Flow_other';
    expect((await run(other, stores)).status).toBe('failed');
    const otherGlobal = lineFlow([get({ entryId: 'G', visibility: 'global' })]);
    otherGlobal.id = 'Flow_other';
    expect((await run(otherGlobal, stores)).output.body).toBe('global');
  });

  it('forgets an entry after its Expiration Period', async () => {
    const stores = newStores();
    await run(lineFlow([write({ entryId: 'e', expirationDays: '3' })]), stores, msg('b'));
    clock += 3 * DAY;
    expect(await stores.listEntries()).toEqual([]);
    expect((await run(lineFlow([get({ entryId: 'e' })]), stores)).status).toBe('failed');
  });

  it('without a store given, a run has its own, empty at its start', async () => {
    const flow = lineFlow([write({ entryId: 'r' }), { ...get({ entryId: 'r' }), id: 'Get2' }]);
    const t = await runFlow(flow, msg('mine'), { ...fixedOptions, runScript: fakeRunScript });
    expect(t.output.body).toBe('mine');
    expect(t.entries[1]!.logs[0]!.text).toMatch(/this run's own store/);
  });
});

describe('Data Store Select and Delete', () => {
  it("reads up to the Number of Polled Messages, oldest first, in CPI's <messages> format", async () => {
    const stores = newStores();
    for (const [id, body] of [
      ['1', '<?xml version="1.0" encoding="UTF-8"?><a>1</a>'],
      ['2', 'plain & text'],
      ['3', '<a>3</a>'],
    ]) {
      clock += 1000;
      await run(lineFlow([write({ entryId: id })]), stores, msg(body!));
    }
    const s = await run(lineFlow([select({ maxResults: '2', deleteOnCompletion: false })]), stores);
    expect(s.output.body).toBe(
      '<messages><message id="1"><a>1</a></message><message id="2">plain &amp; text</message></messages>',
    );
    const all = await run(lineFlow([select({ maxResults: '10' })]), stores);
    expect(all.entries[1]!.logs[0]!.text).toMatch(/3 of at most 10 entries .*; deleted/);
    expect(await stores.listEntries()).toEqual([]);
  });

  it('deletes by entry ID; a missing entry is no error', async () => {
    const stores = newStores();
    await run(lineFlow([write({ entryId: 'd' })]), stores, msg('b'));
    const d = await run(lineFlow([del({ entryId: 'd' })]), stores);
    expect(d.entries[1]!.logs[0]!.text).toMatch(/entry "d" deleted/);
    expect(await stores.listEntries()).toEqual([]);
    const again = await run(lineFlow([del({ entryId: 'd' })]), stores);
    expect(again.status).toBe('completed');
    expect(again.entries[1]!.logs[0]!.text).toMatch(/nothing to delete/);
  });
});

describe('Data Store validation', () => {
  const problems = (step: ReturnType<typeof write>) => {
    const flow = lineFlow([step]);
    const s = flow.process.steps[1]!;
    return dataStoreWriteType.validate!(s, flow).map((p) => `${p.field}: ${p.message}`);
  };
  it('asks for a name without spaces, and days CPI accepts', () => {
    expect(problems(write({ storeName: '' }))).toEqual([
      'storeName: Write: enter a Data Store Name',
    ]);
    expect(problems(write({ storeName: 'my store' }))[0]).toMatch(/no spaces/);
    expect(problems(write({ storeName: '${property.store}' }))).toEqual([]);
    expect(problems(write({ expirationDays: '0' }))[0]).toMatch(
      /expirationDays: .*Expiration Period \(in d\) must be a whole number from 1 to 180/,
    );
    expect(problems(write({ retentionDays: '90' }))[0]).toMatch(/shorter than the Expiration/);
    expect(problems(write({ expirationDays: '{{Expiration}}' }))).toEqual([]);
  });
});

describe('Data Store steps in CPI content', () => {
  const element = (id: string, props: Record<string, string>) => ({
    tag: 'callActivity',
    id,
    name: id,
    props: { activityType: 'DBstorage', ...props },
    bounds: [450, 130, 100, 60] as [number, number, number, number],
  });
  // As CPI writes them: 1.7.1 with every property, and older versions with fewer.
  const put171 = {
    visibility: 'global',
    alert: '2',
    encrypt: 'true',
    expire: '30',
    messageId: '${property.entryId}',
    componentVersion: '1.7',
    override: 'true',
    cmdVariantUri: 'ctype::FlowstepVariant/cname::put/version::1.7.1',
    operation: 'put',
    storageName: 'sap_global_store',
    includeMessageHeaders: 'false',
  };
  const put11 = {
    operation: 'put',
    expire: '{{Expiration}}',
    visibility: 'local',
    storageName: 'EmpJob',
    alert: '1',
    encrypt: 'false',
    override: 'false',
    cmdVariantUri: 'ctype::FlowstepVariant/cname::put/version::1.1',
    componentVersion: '1.1',
    messageId: '',
  };
  const getOld = {
    operation: 'get',
    visibility: 'local',
    storageName: 'EmpJob',
    delete: 'true',
    cmdVariantUri: 'ctype::FlowstepVariant/cname::get',
    dataStoreId: '',
  };
  const select = {
    visibility: 'local',
    maxresults: '99999',
    componentVersion: '1.7',
    cmdVariantUri: 'ctype::FlowstepVariant/cname::select/version::1.7.1',
    operation: 'select',
    delete: 'false',
    storageName: '${property.evnt}',
  };
  const remove = {
    visibility: 'global',
    messageId: 'COMPOUND_EMPLOYEE',
    componentVersion: '1.4',
    cmdVariantUri: 'ctype::FlowstepVariant/cname::delete/version::1.4.0',
    operation: 'delete',
    storageName: 'demo_store',
  };

  it('reads every operation and version into its step type and writes back exactly what CPI wrote', async () => {
    const { importIflw, writeIflw } = await import('../../io/cpi');
    const { stepsIflw } = await import('../../io/cpi/fixtures/iflwBuilder');
    const elements = [
      element('Put171', put171),
      element('Put11', put11),
      element('GetOld', getOld),
      element('Select', select),
      element('Delete', remove),
    ];
    const xml = stepsIflw(...elements);
    const { flow, report } = await importIflw(xml, 'x.iflw');
    const byId = (id: string) => flow.process.steps.find((s) => s.id === id)!;
    expect(elements.map((e) => byId(e.id).type)).toEqual([
      'dataStoreWrite',
      'dataStoreWrite',
      'dataStoreGet',
      'dataStoreSelect',
      'dataStoreDelete',
    ]);
    expect(report.entries.filter((e) => e.placeholder)).toEqual([]);
    expect(byId('Put171').config).toEqual({
      storeName: 'sap_global_store',
      visibility: 'global',
      entryId: '${property.entryId}',
      retentionDays: '2',
      expirationDays: '30',
      encrypt: true,
      overwrite: true,
      includeHeaders: false,
    });
    expect(byId('GetOld').config).toMatchObject({ deleteOnCompletion: true, throwOnMissing: true });
    expect(byId('Select').config).toMatchObject({
      maxResults: '99999',
      storeName: '${property.evnt}',
    });

    const again = (await importIflw(await writeIflw(flow), 'y.iflw')).flow;
    const propsOf = (f: typeof flow, id: string) => {
      const s = f.process.steps.find((x) => x.id === id)!;
      return { type: s.type, config: s.config };
    };
    for (const e of elements) expect(propsOf(again, e.id)).toEqual(propsOf(flow, e.id));
    const out = await writeIflw(flow);
    // Each element's properties come back as they were, no more (an old Get has no stopOnMissingEntry).
    for (const e of elements) {
      const block = out.slice(
        out.indexOf(`id="${e.id}"`),
        out.indexOf('</bpmn2:callActivity>', out.indexOf(`id="${e.id}"`)),
      );
      const keys = [...block.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]).sort();
      expect(keys).toEqual(Object.keys(e.props).sort());
      for (const [k, v] of Object.entries(e.props)) {
        const at = block.indexOf(`<key>${k}</key>`);
        const value = block.slice(at).match(/<value>([^<]*)<\/value>|<value\/>/)!;
        expect([k, value[1] ?? '']).toEqual([k, v]);
      }
    }
  });

  it('writes a step drawn in the studio as CPI 1.7.1 does', async () => {
    const { writeIflw } = await import('../../io/cpi');
    const flow = lineFlow([write({ entryId: '${header.id}' })]);
    const out = await writeIflw(flow);
    for (const s of [
      '<key>activityType</key>',
      '<value>DBstorage</value>',
      '<value>ctype::FlowstepVariant/cname::put/version::1.7.1</value>',
      '<key>operation</key>',
      '<value>put</value>',
      '<key>includeMessageHeaders</key>',
    ])
      expect(out).toContain(s);
  });
});
