import { describe, expect, it } from 'vitest';
import { runFlow } from '../../engine/runFlow';
import { fakeRunScript } from '../../engine/testing/fakeRunScript';
import { fixedOptions, lineFlow } from '../../engine/testing/flowFixture';
import { createFlowStores } from '../../stores/flowStores';
import { createMemoryStorage } from '../../tenant/storage';
import { newVariableRow } from '../writeVariables/config';
import { contentModifierType } from '.';
import { newModifierRow, type ModifierRow } from './config';

const row = (r: Partial<ModifierRow>): ModifierRow => ({ ...newModifierRow(), ...r });
const cm = (config: Record<string, unknown>, id = 'CM') => ({
  id,
  type: 'contentModifier',
  config: { ...contentModifierType.defaultConfig(), ...config },
});
const writer = {
  id: 'WV',
  type: 'writeVariables',
  config: {
    variables: [
      { ...newVariableRow(), name: 'LastOrder', sourceType: 'header', sourceValue: 'orderId' },
      { ...newVariableRow(), name: 'Count', sourceValue: '7', dataType: '', global: true },
    ],
  },
};
const reader = cm({
  headers: [row({ name: 'last', sourceType: 'LocalVariable', sourceValue: 'LastOrder' })],
  properties: [
    row({
      name: 'count',
      sourceType: 'GlobalVariable',
      sourceValue: 'Count',
      dataType: 'java.lang.Integer',
    }),
    row({ name: 'never', sourceType: 'LocalVariable', sourceValue: 'Never', default: 'none' }),
    row({ name: 'empty', sourceType: 'GlobalVariable', sourceValue: 'Never' }),
  ],
  bodyType: 'Expression',
  bodyValue: 'last=${header.last} count=${property.count}',
});
const input = { body: '', headers: { orderId: 'A-42' }, properties: {} };

describe('Content Modifier reading Local and Global Variables', () => {
  it('reads what Write Variables wrote in the same store, converts it, and the trace says so', async () => {
    const stores = createFlowStores(createMemoryStorage(), () => 1000, 'simulation');
    const options = { ...fixedOptions, runScript: fakeRunScript, stores };
    const trace = await runFlow(lineFlow([writer, reader]), input, options);
    expect(trace.status).toBe('completed');
    expect(trace.output.headers).toMatchObject({ last: 'A-42' });
    expect(trace.output.properties).toMatchObject({ count: 7, never: 'none', empty: null });
    expect(trace.output.body).toBe('last=A-42 count=7');
    expect(trace.entries[2]!.logs).toEqual([
      {
        level: 'info',
        text: `Content Modifier: header "last" = local variable "LastOrder" = "A-42" (simulation's own store)`,
      },
      {
        level: 'info',
        text: `Content Modifier: property "count" = global variable "Count" = "7" (simulation's own store)`,
      },
      {
        level: 'warn',
        text: `Content Modifier: property "never": local variable "Never" is not set (simulation's own store); default "none" used`,
      },
      {
        level: 'warn',
        text: `Content Modifier: property "empty": global variable "Never" is not set (simulation's own store); empty`,
      },
    ]);
  });

  it("local variables are the flow's own, global ones the tenant's; a later run reads them", async () => {
    const stores = createFlowStores(createMemoryStorage(), () => 1000, 'tenant');
    const options = { ...fixedOptions, runScript: fakeRunScript, stores };
    await runFlow(lineFlow([writer]), input, options);
    // Another flow of the same tenant: it sees the global variable, not the first flow's local one.
    const other = lineFlow([reader]);
    other.id = 'Flow_other';
    const theirs = await runFlow(other, input, options);
    expect(theirs.output.headers.last).toBeNull();
    expect(theirs.output.properties.count).toBe(7);
    expect(theirs.entries[1]!.logs[0]!.text).toBe(
      `Content Modifier: header "last": local variable "LastOrder" is not set (tenant's store); empty`,
    );
    // The writing flow, in a later run: its own local variable is there.
    const again = await runFlow(lineFlow([reader]), input, options);
    expect(again.output.headers.last).toBe('A-42');
  });

  it('a run without a given store reads its own, empty at its start (ifs run, test cases)', async () => {
    const trace = await runFlow(lineFlow([reader]), input, {
      ...fixedOptions,
      runScript: fakeRunScript,
    });
    expect(trace.status).toBe('completed');
    expect(trace.output.properties).toMatchObject({ count: null, never: 'none' });
    expect(trace.entries[1]!.logs[1]!.text).toContain("(this run's own store)");
  });

  it('a variable named by a {{parameter}} is read under its value', async () => {
    const stores = createFlowStores(createMemoryStorage(), () => 1000, 'simulation');
    const options = { ...fixedOptions, runScript: fakeRunScript, stores };
    const flow = lineFlow([
      writer,
      cm({ headers: [row({ name: 'n', sourceType: 'GlobalVariable', sourceValue: '{{Var}}' })] }),
    ]);
    flow.parameters = { Var: { value: 'Count' } };
    const trace = await runFlow(flow, input, options);
    expect(trace.output.headers.n).toBe('7');
  });

  it('validation asks for a variable name and refuses an expression or spaces', () => {
    const flow = lineFlow([
      cm({
        headers: [
          row({ name: 'a', sourceType: 'LocalVariable', sourceValue: ' ' }),
          row({ name: 'b', sourceType: 'GlobalVariable', sourceValue: '${header.x}' }),
        ],
        properties: [
          row({ name: 'c', sourceType: 'LocalVariable', sourceValue: 'last run' }),
          row({ name: 'd', sourceType: 'GlobalVariable', sourceValue: '{{Last Run}}_LV' }),
          row({ name: 'e', sourceType: 'LocalVariable', sourceValue: 'LV_ECJOB.Last-Run' }),
        ],
      }),
    ]);
    const s = flow.process.steps[1]!;
    expect(contentModifierType.validate!(s, flow).map((p) => [p.field, p.message])).toEqual([
      ['headers', 'CM: Header row 1 needs the name of the local variable to read'],
      [
        'headers',
        'CM: Header row 2: a global variable is read by its name, not an expression ("${header.x}"); use an Expression row for that',
      ],
      [
        'properties',
        'CM: Property row 1: the variable name "last run" may hold letters, digits, "_", "." and "-" only (no spaces)',
      ],
    ]);
  });

  it('the config schema takes both source types', () => {
    const config = {
      ...contentModifierType.defaultConfig(),
      headers: [row({ name: 'a', sourceType: 'LocalVariable', sourceValue: 'x' })],
      properties: [row({ name: 'b', sourceType: 'GlobalVariable', sourceValue: 'y' })],
    };
    expect(contentModifierType.configSchema.safeParse(config).success).toBe(true);
    const wrong = { ...config, headers: [{ ...config.headers[0]!, sourceType: 'Variable' }] };
    expect(contentModifierType.configSchema.safeParse(wrong).success).toBe(false);
  });
});

describe('Content Modifier variable rows in CPI content', () => {
  // Rows as SAP's and tenants' content has them (the last one with its cells in another order).
  const headerTable =
    "<row><cell id='Action'>Create</cell><cell id='Type'>persisted variables</cell><cell id='Value'>LV_ECJOB_LastExecutionDate</cell><cell id='Default'>2000-01-01T00:00:00.000Z</cell><cell id='Name'>LV_LastExecutionDate</cell><cell id='Datatype'></cell></row>";
  const propertyTable =
    "<row><cell id='Action'>Create</cell><cell id='Type'>global persisted variables</cell><cell id='Value'>{{activeKeyIndicator}}</cell><cell id='Default'></cell><cell id='Name'>activeKeyIndicator</cell><cell id='Datatype'>java.lang.Object</cell></row>" +
    "<row><cell id='Name'>last_sync</cell><cell id='Default'></cell><cell id='Value'>Timestamp</cell><cell id='Action'>Create</cell><cell id='Type'>persisted variables</cell><cell id='Datatype'></cell></row>";
  const props = {
    activityType: 'Enricher',
    cmdVariantUri: 'ctype::FlowstepVariant/cname::Enricher/version::1.5.1',
    componentVersion: '1.5',
    bodyType: 'expression',
    wrapContent: '',
    headerTable,
    propertyTable,
  };

  async function imported() {
    const { importIflw, writeIflw } = await import('../../io/cpi');
    const { stepsIflw } = await import('../../io/cpi/fixtures/iflwBuilder');
    const xml = stepsIflw({
      tag: 'callActivity',
      id: 'CM',
      name: 'Read',
      props,
      bounds: [450, 130, 100, 60],
    });
    const result = await importIflw(xml, 'x.iflw');
    return { ...result, importIflw, writeIflw };
  }

  it('imports them as Local and Global Variable rows, nothing kept aside, no note', async () => {
    const { flow, report } = await imported();
    const s = flow.process.steps.find((x) => x.id === 'CM')!;
    expect(s.type).toBe('contentModifier');
    expect(s.config).toEqual({
      headers: [
        {
          action: 'Create',
          name: 'LV_LastExecutionDate',
          sourceType: 'LocalVariable',
          sourceValue: 'LV_ECJOB_LastExecutionDate',
          dataType: '',
          default: '2000-01-01T00:00:00.000Z',
        },
      ],
      properties: [
        {
          action: 'Create',
          name: 'activeKeyIndicator',
          sourceType: 'GlobalVariable',
          sourceValue: '{{activeKeyIndicator}}',
          dataType: 'java.lang.Object',
          default: '',
        },
        {
          action: 'Create',
          name: 'last_sync',
          sourceType: 'LocalVariable',
          sourceValue: 'Timestamp',
          dataType: '',
          default: '',
        },
      ],
      bodyType: 'Expression',
      bodyValue: '',
    });
    expect(report.entries.find((e) => e.elementId === 'CM')?.notes ?? []).toEqual([]);
    expect(s.extensions?.cpi).not.toHaveProperty('headerTable');
  });

  it("exports CPI's own type names; an edited row is written as CPI writes rows", async () => {
    const { flow, importIflw, writeIflw } = await imported();
    const out = await writeIflw(flow);
    const escaped = (t: string) =>
      t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // Unchanged since import: both tables go back out as they came, cell order included.
    expect(out).toContain(escaped(headerTable));
    expect(out).toContain(escaped(propertyTable));
    const s = flow.process.steps.find((x) => x.id === 'CM')!;
    const again = (await importIflw(out, 'y.iflw')).flow.process.steps.find((x) => x.id === 'CM')!;
    expect(again.config).toEqual(s.config);
    // Changed in the studio: the rows are written in CPI's usual cell order.
    const config = s.config as { headers: ModifierRow[]; properties: ModifierRow[] };
    s.config = {
      ...config,
      headers: [{ ...config.headers[0]!, sourceType: 'GlobalVariable', sourceValue: 'GV_Last' }],
    };
    expect(await writeIflw(flow)).toContain(
      escaped(
        "<row><cell id='Action'>Create</cell><cell id='Type'>global persisted variables</cell><cell id='Value'>GV_Last</cell><cell id='Default'>2000-01-01T00:00:00.000Z</cell><cell id='Name'>LV_LastExecutionDate</cell><cell id='Datatype'></cell></row>",
      ),
    );
  });
});

describe('Content Modifier variable rows in the Camel export', () => {
  it("reads Camel's variables as Write Variables writes them (global:name), valid for Camel's YAML DSL", async () => {
    const { helloWorldBase } = await import('../../io/fixtures/helloWorld');
    const { exportCamelYaml } = await import('../../io/camel/exportCamel');
    const { expectValidCamel } = await import('../../io/camel/testing/camelSchema');
    const flow = helloWorldBase();
    const s = flow.process.steps.find((x) => x.id === 'Script_1')!;
    s.type = 'contentModifier';
    s.config = {
      ...contentModifierType.defaultConfig(),
      headers: [row({ name: 'last', sourceType: 'LocalVariable', sourceValue: 'LastOrder' })],
      properties: [row({ name: 'count', sourceType: 'GlobalVariable', sourceValue: '{{Var}}' })],
    };
    flow.parameters = { Var: { value: 'Count' } };
    const yaml = await exportCamelYaml(flow);
    expectValidCamel(yaml);
    expect(yaml).toMatch(/name: last\s+variable:\s+expression: LastOrder/);
    expect(yaml).toMatch(/name: count\s+variable:\s+expression: global:Count/);
  });
});
