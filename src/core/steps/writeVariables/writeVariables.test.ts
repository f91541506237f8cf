import { describe, expect, it } from 'vitest';
import { runFlow } from '../../engine/runFlow';
import { fakeRunScript } from '../../engine/testing/fakeRunScript';
import { fixedOptions, lineFlow } from '../../engine/testing/flowFixture';
import { createFlowStores } from '../../stores/flowStores';
import { createMemoryStorage } from '../../tenant/storage';
import { writeVariablesType } from '.';
import { newVariableRow, type VariableRow } from './config';

const row = (r: Partial<VariableRow>): VariableRow => ({ ...newVariableRow(), ...r });
const step = (variables: VariableRow[]) => ({
  id: 'WV',
  type: 'writeVariables',
  config: { variables },
});

describe('Write Variables', () => {
  it('keeps local and global variables from a constant, a header, a property and an expression', async () => {
    const stores = createFlowStores(createMemoryStorage(), () => 1000, 'simulation');
    const flow = lineFlow([
      step([
        row({ name: 'LastRun', sourceType: 'expression', sourceValue: '${date:now:yyyy-MM-dd}' }),
        row({ name: 'Count', sourceValue: '7', dataType: 'java.lang.Integer', global: true }),
        row({ name: 'Order', sourceType: 'header', sourceValue: 'orderId' }),
        row({ name: 'Who', sourceType: 'property', sourceValue: 'user', dataType: '' }),
      ]),
    ]);
    const t = await runFlow(
      flow,
      { body: '', headers: { orderId: 'A-1' }, properties: { user: 'ann' } },
      { ...fixedOptions, runScript: fakeRunScript, stores },
    );
    expect(t.status).toBe('completed');
    expect(
      (await stores.listVariables()).map((v) => [v.flowId, v.name, v.value, v.updatedAt]),
    ).toEqual([
      ['', 'Count', 7, 1000],
      ['Flow_test', 'LastRun', '2026-03-05', 1000],
      ['Flow_test', 'Order', 'A-1', 1000],
      ['Flow_test', 'Who', 'ann', 1000],
    ]);
    expect(t.entries[1]!.logs.map((l) => l.text)).toContain(
      'Write Variables: global variable "Count" = 7 (simulation\'s own store)',
    );
  });

  it('asks for names and values', () => {
    const flow = lineFlow([
      step([row({ name: '' }), row({ name: 'a', sourceType: 'header' }), row({ name: 'a' })]),
    ]);
    const s = flow.process.steps[1]!;
    expect(writeVariablesType.validate!(s, flow).map((p) => p.message)).toEqual([
      'WV: variable 1 has no name',
      'WV: variable "a" has no value to read',
      'WV: variable "a" is written twice',
    ]);
  });
});

describe('Write Variables in CPI content', () => {
  // As CPI 1.2.0 writes it: cells without ids; a value holding &apos; (XML inside XML).
  const table =
    '<row><cell>SFTP_LastRun</cell><cell></cell><cell>expression</cell><cell>${date:now:yyyy-MM-dd&apos;T&apos;HH:mm}</cell><cell>local</cell></row>' +
    '<row><cell>{{activeKeyIndicator}}</cell><cell>java.lang.String</cell><cell>property</cell><cell>activeKeyIndicator</cell><cell>global</cell></row>';
  const props = {
    activityType: 'Variables',
    cmdVariantUri: 'ctype::FlowstepVariant/cname::Variables/version::1.2.0',
    componentVersion: '1.2',
    visibility: 'local',
    encrypt: 'true',
    expire: '90',
    variable: table,
  };

  it('reads the rows and writes back exactly what CPI wrote', async () => {
    const { importIflw, writeIflw } = await import('../../io/cpi');
    const { stepsIflw } = await import('../../io/cpi/fixtures/iflwBuilder');
    const xml = stepsIflw({
      tag: 'callActivity',
      id: 'WV',
      name: 'Write Variables 1',
      props,
      bounds: [450, 130, 100, 60],
    });
    const { flow } = await importIflw(xml, 'x.iflw');
    const s = flow.process.steps.find((x) => x.id === 'WV')!;
    expect(s.type).toBe('writeVariables');
    expect(s.config).toEqual({
      variables: [
        {
          name: 'SFTP_LastRun',
          dataType: '',
          sourceType: 'expression',
          sourceValue: "${date:now:yyyy-MM-dd'T'HH:mm}",
          global: false,
        },
        {
          name: '{{activeKeyIndicator}}',
          dataType: 'java.lang.String',
          sourceType: 'property',
          sourceValue: 'activeKeyIndicator',
          global: true,
        },
      ],
    });
    const out = await writeIflw(flow);
    const block = out.slice(
      out.indexOf('id="WV"'),
      out.indexOf('</bpmn2:callActivity>', out.indexOf('id="WV"')),
    );
    const keys = [...block.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]).sort();
    expect(keys).toEqual(Object.keys(props).sort());
    const again = (await importIflw(out, 'y.iflw')).flow.process.steps.find((x) => x.id === 'WV')!;
    expect(again.config).toEqual(s.config);
    // A changed row is written as CPI writes rows.
    s.config = { variables: [{ ...(s.config.variables as VariableRow[])[0]!, name: 'Next' }] };
    expect(await writeIflw(flow)).toContain(
      '&lt;row&gt;&lt;cell&gt;Next&lt;/cell&gt;&lt;cell&gt;&lt;/cell&gt;&lt;cell&gt;expression&lt;/cell&gt;',
    );
  });
});

describe('Write Variables in the Camel export', () => {
  it("writes Camel's setVariable per row (global:name for global ones), valid for Camel's YAML DSL", async () => {
    const { helloWorldBase } = await import('../../io/fixtures/helloWorld');
    const { exportCamelYaml, CamelExportError } = await import('../../io/camel/exportCamel');
    const { expectValidCamel } = await import('../../io/camel/testing/camelSchema');
    const flow = helloWorldBase();
    const s = flow.process.steps.find((x) => x.id === 'Script_1')!;
    s.type = 'writeVariables';
    s.config = {
      variables: [
        row({ name: 'LastRun', sourceType: 'expression', sourceValue: '${property.now}' }),
        row({ name: 'Count', sourceValue: '7', global: true }),
        row({ name: 'Order', sourceType: 'xpath', sourceValue: '/order/id' }),
      ],
    };
    const yaml = await exportCamelYaml(flow);
    expectValidCamel(yaml);
    expect(yaml).toContain('name: LastRun');
    expect(yaml).toContain('simple: ${exchangeProperty.now}');
    expect(yaml).toContain('name: global:Count');
    s.type = 'dataStoreWrite';
    s.config = {
      storeName: 'x',
      visibility: 'local',
      entryId: '',
      retentionDays: '2',
      expirationDays: '90',
      encrypt: true,
      overwrite: false,
      includeHeaders: false,
    };
    await expect(exportCamelYaml(flow)).rejects.toThrow(CamelExportError);
    await expect(exportCamelYaml(flow)).rejects.toThrow(
      /Data Store Write keeps entries in CPI's tenant data store/,
    );
  });
});
