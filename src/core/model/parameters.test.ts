import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands';
import { runFlow } from '../engine/runFlow';
import { importCpiArchive } from '../io/cpi';
import { fixtures } from '../io/cpi/fixtures/flows';
import { loadFlow } from '../io/loadFlow';
import { exportFlow } from '../io/exportFlow';
import { exportCpiArchive } from '../io/cpi';
import { runScript } from '../script';
import { helloWorldFlow, request, testTenant, walkthroughToken } from '../tenant/testFixtures';
import { validateFlow } from '../validation';
import type { Flow } from './flow';
import {
  checkParameterValue,
  flowParameterNames,
  parameterNames,
  parameterUses,
  resolveParameters,
  resolveText,
} from './parameters';

const paramsFlow = async (): Promise<Flow> => {
  const fx = fixtures().find((f) => f.name === 'Parameters')!;
  return (await importCpiArchive(fx.zip, 'Parameters.zip')).flows[0]!;
};
const address = (flow: Flow, i: number) => flow.messageFlows[i]!.adapter.config.address;
const errors = (flow: Flow) => validateFlow(flow).filter((p) => p.severity === 'error');

describe('externalised parameters', () => {
  it('finds references, names with spaces included', () => {
    expect(parameterNames('{{Sender Path}}/x/{{a}}{{Sender Path}}')).toEqual(['Sender Path', 'a']);
    expect(parameterNames('/v1/plain')).toEqual([]);
    expect(resolveText('{{Host}}:{{Port}}', { Host: { value: 'h' } })).toBe('h:{{Port}}');
  });

  it('lists uses per element and field, and every name of the flow', async () => {
    const flow = await paramsFlow();
    expect(parameterUses(flow)).toEqual([
      {
        name: 'Sender Path',
        elementId: 'MessageFlow_1',
        elementKind: 'messageFlow',
        field: 'address',
      },
      {
        name: 'Receiver Address',
        elementId: 'MessageFlow_2',
        elementKind: 'messageFlow',
        field: 'address',
      },
    ]);
    expect(flowParameterNames(flow)).toEqual(['Receiver Address', 'Sender Path']);
  });

  it('resolves configs for runs and keeps the design untouched', async () => {
    const flow = await paramsFlow();
    const run = resolveParameters(flow);
    expect(address(run, 0)).toBe('/v1/orders');
    expect(address(run, 1)).toBe('https://backend.example.com/api');
    expect(address(flow, 0)).toBe('{{Sender Path}}');
    // Elements without references keep their identity; resolving again changes nothing.
    expect(run.process.steps[0]).toBe(flow.process.steps[0]);
    expect(resolveParameters(run)).toBe(run);
    const plain = helloWorldFlow();
    expect(resolveParameters(plain)).toBe(plain);
  });

  it('validates the value in design time and reports a parameter without one', async () => {
    const flow = await paramsFlow();
    expect(errors(flow)).toEqual([]);
    const bad = applyCommand(flow, 'flow.parameters', { values: { 'Sender Path': 'v1 orders' } });
    expect(errors(bad.flow)).toEqual([
      expect.objectContaining({
        elementId: 'MessageFlow_1',
        field: 'address',
        message: expect.stringMatching(
          /Address must start with "\/" \(value of \{\{Sender Path\}\}\)$/,
        ),
      }),
    ]);
    const empty = applyCommand(flow, 'flow.parameters', { values: { 'Receiver Address': '' } });
    expect(errors(empty.flow).map((p) => p.message)).toEqual([
      'HTTP adapter (Call Backend → Receiver): Address uses parameter {{Receiver Address}}, which has no value: set it with Configure',
    ]);
    const unknown = structuredClone(flow);
    unknown.messageFlows[0]!.adapter.config.address = '{{Base}}/orders';
    expect(errors(unknown)).toEqual([
      expect.objectContaining({
        field: 'address',
        message:
          'HTTPS adapter (Sender → Start): Address uses parameter {{Base}}, which is not defined: set it with Configure',
      }),
    ]);
  });

  it('flow.parameters sets values in one command, keeps types, removes names', async () => {
    const flow = await paramsFlow();
    const set = applyCommand(flow, 'flow.parameters', { values: { 'Sender Path': '/v2/orders' } });
    expect(set.flow.parameters!['Sender Path']).toEqual({
      value: '/v2/orders',
      type: 'xsd:string',
    });
    expect(
      applyCommand(set.flow, 'flow.parameters', { values: { 'Sender Path': '/v2/orders' } }).flow,
    ).toBe(set.flow);
    const removed = applyCommand(set.flow, 'flow.parameters', {
      values: {},
      remove: ['Sender Path', 'Receiver Address'],
    });
    expect(removed.flow.parameters).toBeUndefined();
    expect(() => applyCommand(flow, 'flow.parameters', { values: { 'a{b': 'x' } })).toThrow(
      /not a valid parameter name/,
    );
    // The values are part of the flow: saved, loaded and exported.
    const loaded = loadFlow(exportFlow(set.flow));
    expect(loaded.ok && loaded.flow.parameters!['Sender Path']!.value).toBe('/v2/orders');
    const again = (await importCpiArchive(await exportCpiArchive(set.flow), 'again.zip')).flows[0]!;
    expect(again.parameters).toEqual(set.flow.parameters);
  });

  it('checks values against their CPI type', () => {
    expect(checkParameterValue('', 'xsd:string')).toBe('Enter a value');
    expect(checkParameterValue('', 'xsd:string', false)).toBeNull();
    expect(checkParameterValue('12', 'xsd:integer')).toBeNull();
    expect(checkParameterValue('1.5', 'xsd:integer')).toBe('Enter a whole number');
    expect(checkParameterValue('yes', 'xsd:boolean')).toBe('Enter true or false');
  });

  it('simulation sees the values', async () => {
    const flow = await paramsFlow();
    const trace = await runFlow(flow, { body: 'x', headers: {}, properties: {} }, { runScript });
    expect(trace.status).toBe('completed');
    const logs = JSON.stringify(trace.entries.map((e) => e.logs));
    expect(logs).toContain('https://backend.example.com/api');
    expect(logs).not.toContain('{{');
  });

  it('the tenant serves the resolved address and refuses an unresolved one', async () => {
    const { tenant } = testTenant({ validate: validateFlow });
    const flow = helloWorldFlow({ address: '{{Path}}' });
    const refused = await tenant.deploy(flow);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems).toEqual([
        expect.objectContaining({
          message:
            'HTTPS adapter (Sender → Start): Address uses parameter {{Path}}, which is not defined: set it with Configure',
        }),
      ]);
    flow.messageFlows[0]!.adapter.config.csrfProtected = false;
    const configured = applyCommand(flow, 'flow.parameters', {
      values: { Path: '/v1/hello' },
    }).flow;
    const deployed = await tenant.deploy(configured);
    expect(deployed.ok).toBe(true);
    if (deployed.ok) expect(deployed.deployment.endpoints[0]!.address).toBe('/v1/hello');
    const token = await walkthroughToken(tenant);
    const bearer = { Authorization: `Bearer ${token}` };
    expect((await tenant.handle(request('/http/v1/hello', { headers: bearer }))).status).toBe(200);
    expect(
      (await tenant.handle(request('/http/%7B%7BPath%7D%7D', { headers: bearer }))).status,
    ).toBe(404);
  });
});
