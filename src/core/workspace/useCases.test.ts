import { describe, expect, it } from 'vitest';
import { exportFlow, importPackage } from '../io';
import { helloWorldFlow } from '../io/fixtures/helloWorld';
import { createMemoryRepository } from './memoryRepository';
import { importPackageInto } from './importPackageInto';
import type { OpContext } from './packageOps';
import { addFlow, addPackage, flowFile, importFlowText, packageFile } from './useCases';

let n = 0;
const ctx: OpContext = { newId: () => `pkg_${++n}`, now: () => '2026-12-04T00:00:00.000Z' };
const input = { name: 'Hello World Demo', shortDescription: 'Demo' };

async function workspace() {
  const repo = createMemoryRepository(ctx.now);
  const pkg = await addPackage(repo, input, ctx);
  if (!pkg.ok) throw new Error('package');
  return { repo, pkg: pkg.value };
}

describe('workspace use-cases (shared by the app and the ifs command)', () => {
  it('addPackage derives the technical name and refuses a taken one', async () => {
    const { repo, pkg } = await workspace();
    expect(pkg.technicalName).toBe('HelloWorldDemo');
    expect(await repo.listPackages()).toHaveLength(1);
    const again = await addPackage(repo, { ...input, technicalName: 'HelloWorldDemo' }, ctx);
    expect(again.ok).toBe(false);
    expect(await repo.listPackages()).toHaveLength(1);
  });

  it('addFlow creates Start → End with a derived, unique id; bad input changes nothing', async () => {
    const { repo, pkg } = await workspace();
    const first = await addFlow(repo, pkg.id, { name: 'Hello World' });
    const second = await addFlow(repo, pkg.id, { name: 'Hello World' });
    expect(first.ok && first.flow.id).toBe('Hello_World');
    expect(second.ok && second.flow.id).not.toBe('Hello_World');
    expect(first.ok && first.flow.process.steps.map((s) => s.type)).toEqual([
      'startEvent',
      'endEvent',
    ]);
    expect(await addFlow(repo, pkg.id, { name: 'X', id: 'Hello_World' })).toMatchObject({
      ok: false,
    });
    expect(await addFlow(repo, 'nope', { name: 'X' })).toEqual({
      ok: false,
      error: 'Package not found',
    });
    expect(await addFlow(repo, pkg.id, { name: '  ' })).toMatchObject({ ok: false });
    expect(await repo.listFlows()).toHaveLength(2);
  });

  it('importFlowText: invalid, exists, replace (with the hook) and keep both', async () => {
    const { repo, pkg } = await workspace();
    expect(await importFlowText(repo, pkg.id, '{')).toMatchObject({ status: 'invalid' });
    const text = exportFlow(helloWorldFlow());
    expect(await importFlowText(repo, pkg.id, text)).toMatchObject({ status: 'imported' });
    expect(await importFlowText(repo, pkg.id, text)).toMatchObject({
      status: 'exists',
      existing: { id: 'Hello_World' },
    });
    const closed: string[] = [];
    const replaced = await importFlowText(repo, pkg.id, text, 'replace', {
      beforeReplace: async (f) => void closed.push(f.id),
    });
    expect(replaced).toMatchObject({ status: 'imported', replaced: { id: 'Hello_World' } });
    expect(closed).toEqual(['Hello_World']);
    const kept = await importFlowText(repo, pkg.id, text, 'keepBoth');
    expect(kept.status === 'imported' && kept.flow.name).toBe('Hello World (copy)');
    expect((await repo.listFlows(pkg.id)).map((f) => f.name).sort()).toEqual([
      'Hello World',
      'Hello World (copy)',
    ]);
  });

  it('packageFile / flowFile round-trip through importPackage and importPackageInto', async () => {
    const { repo, pkg } = await workspace();
    const flow = helloWorldFlow();
    expect(flowFile(flow)).toEqual({ fileName: 'Hello_World.flow.json', text: exportFlow(flow) });
    const file = packageFile(pkg, [flow]);
    expect(file.fileName).toBe('HelloWorldDemo.package.json');
    const bundle = importPackage(file.text);
    if (!bundle.ok) throw new Error('bundle');
    const fresh = createMemoryRepository(ctx.now);
    const out = await importPackageInto(fresh, bundle, undefined, {
      packages: [],
      openFlowId: null,
      closeOpenFlow: async () => undefined,
      ctx,
    });
    expect(out).toMatchObject({ status: 'imported', flows: [{ id: 'Hello_World' }] });
    expect((await repo.listPackages()).length).toBe(1);
  });
});
