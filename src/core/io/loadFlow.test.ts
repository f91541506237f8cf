import { describe, expect, it, vi } from 'vitest';
import { getStepType } from '../registry/registry';
import { loadFlow } from './loadFlow';
import { exportFlow } from './exportFlow';
import { helloWorldFlow, rawFlow } from './fixtures/helloWorld';
import { layoutFlow } from '../layout/layoutFlow';
import { validateFlow } from '../validation';
import type { Flow } from '../model/flow';

const errorsOf = (r: ReturnType<typeof loadFlow>) =>
  r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);

describe('loadFlow: the one door', () => {
  it('takes text, bytes and values alike', () => {
    const text = exportFlow(helloWorldFlow());
    for (const input of [text, new TextEncoder().encode(text), JSON.parse(text) as unknown]) {
      const r = loadFlow(input);
      expect(r.ok && exportFlow(r.flow)).toBe(text);
    }
  });

  it("parses each config once: validating the loaded flow reuses the door's check", () => {
    const text = exportFlow(helloWorldFlow());
    const schema = getStepType('script')!.configSchema;
    const parse = vi.spyOn(schema, 'safeParse');
    try {
      const r = loadFlow(text);
      expect(r.ok).toBe(true);
      const calls = parse.mock.calls.length;
      expect(calls).toBeGreaterThan(0);
      if (r.ok) validateFlow(r.flow);
      expect(parse.mock.calls.length).toBe(calls);
    } finally {
      parse.mockRestore();
    }
  });

  it('migrates a version-1 value (as IndexedDB or a deployment may hold it)', () => {
    const v1 = rawFlow();
    v1.schemaVersion = 1;
    const scripts = (v1.resources as { scripts: Record<string, unknown>[] }).scripts;
    delete scripts[0]!.language;
    const r = loadFlow(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.flow.schemaVersion).toBe(2);
    expect(r.flow.resources.scripts[0]!.language).toBe('javascript');
    expect(r.warnings).toContain('Upgraded the file from schemaVersion 1 to 2');
  });

  it('keeps extensions bags, script paths, parameters and files through export and import', () => {
    const flow: Flow = helloWorldFlow();
    flow.extensions = { cpi: { properties: { log: 'All events' } } };
    flow.process.steps[0]!.extensions = { cpi: { properties: { cmdVariantUri: 'x' } } };
    flow.process.sequenceFlows[0]!.extensions = { cpi: { attributes: { foo: 'bar' } } };
    flow.messageFlows[0]!.extensions = { cpi: { properties: { Name: 'HTTPS' } } };
    flow.messageFlows[0]!.adapter.extensions = { cpi: { properties: { ComponentNS: 'sap' } } };
    flow.participants[0]!.extensions = {
      cpi: { properties: { enableBasicAuthentication: 'false' } },
    };
    flow.process.extensions = { cpi: { properties: { transactionTimeout: '30' } } };
    flow.resources.scripts[0]!.path = 'script/script1.js';
    flow.resources.scripts.push({
      name: 'Log.groovy',
      language: 'groovy',
      content: 'x',
      path: 'script/Log.groovy',
    });
    flow.resources.files = [{ path: 'src/main/resources/xsd/a.xsd', content: 'PGEvPg==' }];
    flow.parameters = { 'Receiver Address': { value: 'https://x', type: 'xsd:string' } };
    const text = exportFlow(flow);
    const r = loadFlow(text);
    expect(errorsOf(r)).toEqual([]);
    expect(r.ok && exportFlow(r.flow)).toBe(text);
    expect(r.ok && r.flow.messageFlows[0]!.adapter.extensions).toEqual({
      cpi: { properties: { ComponentNS: 'sap' } },
    });
  });

  it('refuses exception subprocesses whose parents form a cycle', () => {
    const raw = rawFlow();
    const steps = (raw.process as { steps: unknown[] }).steps;
    const box = (id: string, parentId: string) => ({
      id,
      type: 'exceptionSubprocess',
      name: id,
      position: { x: 0, y: 0 },
      size: { width: 300, height: 200 },
      parentId,
      config: {},
    });
    steps.push(box('Sub_A', 'Sub_B'), box('Sub_B', 'Sub_A'));
    expect(errorsOf(loadFlow(raw))).toEqual([
      'process.steps[3].parentId: "Sub_A" is inside itself: its containers form a cycle',
      'process.steps[4].parentId: "Sub_B" is inside itself: its containers form a cycle',
    ]);
  });

  it("drops a Router's routeOrder ids that are not its outgoing links, with a warning", () => {
    const raw = rawFlow();
    const process = raw.process as { steps: Record<string, unknown>[] };
    process.steps.push({
      id: 'Router_1',
      type: 'router',
      name: 'Router 1',
      position: { x: 0, y: 0 },
      config: { noMatch: 'default', routeOrder: ['SequenceFlow_1', 'Nope'], namespaceMapping: '' },
    });
    const r = loadFlow(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.flow.process.steps[3]!.config.routeOrder).toEqual([]);
    expect(r.warnings.join('\n')).toContain(
      'process.steps[3].config: routeOrder of Router "Router 1" named "SequenceFlow_1", "Nope", not among its outgoing links; removed',
    );
    // Validation reports the same thing for a flow that never went through the door.
    const bad = structuredClone(r.flow);
    bad.process.steps[3]!.config.routeOrder = ['Nope'];
    expect(validateFlow(bad).map((p) => p.message)).toContain(
      'Router 1: route order names "Nope", not an outgoing route of this Router',
    );
  });

  it.each(['toString', 'hasOwnProperty', 'valueOf', 'constructor'])(
    'a step id "%s" loads, validates and lays out',
    async (id) => {
      const raw = JSON.stringify(rawFlow()).replaceAll('"Script_1"', JSON.stringify(id));
      const r = loadFlow(raw);
      if (id === 'constructor') {
        expect(errorsOf(r)[0]).toMatch(/forbidden key "constructor"|constructor/);
        return;
      }
      expect(errorsOf(r)).toEqual([]);
      if (!r.ok) return;
      expect(validateFlow(r.flow).filter((p) => p.severity === 'error')).toEqual([]);
      const laid = await layoutFlow(r.flow);
      expect(laid.process.steps.find((s) => s.id === id)?.position.x).toBeGreaterThan(0);
    },
  );

  it('refuses what is not plain data', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(errorsOf(loadFlow(cyclic))).toEqual(['(file): not plain data (a cycle or a function)']);
  });
});
