import { describe, expect, it } from 'vitest';
import { newFlow } from '../model/factory';
import type { Package } from '../workspace/package';
import { exportFlow } from './exportFlow';
import { helloWorldFlow } from './fixtures/helloWorld';
import { exportPackage, importPackage, packageFileName } from './packageBundle';

const pkg: Package = {
  id: 'pkg_1',
  name: 'Demo',
  technicalName: 'Demo',
  shortDescription: 'short',
  description: 'long',
  version: '1.0.0',
  vendor: 'ACME',
  createdAt: '2026-01-01T00:00:00.000Z',
  modifiedAt: '2026-01-02T00:00:00.000Z',
};
const flows = () => [helloWorldFlow(), newFlow({ id: 'Other', name: 'Other' })];

describe('package bundle', () => {
  it('round-trips byte-identically', () => {
    const text = exportPackage(pkg, flows());
    const r = importPackage(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.package).toEqual(pkg);
    expect(exportPackage(r.package, r.flows)).toBe(text);
  });

  it('names the file after the technical name', () => {
    expect(packageFileName(pkg)).toBe('Demo.package.json');
  });

  it('reports errors inside a flow with the flow index', () => {
    const bundle = JSON.parse(exportPackage(pkg, flows()));
    bundle.flows[1].process.steps[0].type = 'Foo';
    const r = importPackage(JSON.stringify(bundle));
    expect(!r.ok && r.errors).toEqual([
      { path: 'flows[1].process.steps[0].type', message: 'unknown step type "Foo"' },
    ]);
  });

  it('refuses a flow file, a wrong kind, duplicate flow ids, bad technical names and forbidden keys', () => {
    const first = (text: string) => {
      const r = importPackage(text);
      return r.ok ? null : r.errors[0];
    };
    expect(first(exportFlow(helloWorldFlow()))).toEqual({
      path: 'kind',
      message: 'this is a flow file: import it with Import flow in a package',
    });
    expect(first('{"kind":"ifs-clipboard"}')?.message).toBe(
      'expected "ifs-package", got "ifs-clipboard"',
    );
    expect(first('{"hello":"world"}')).toEqual({
      path: 'kind',
      message: 'is missing: this is not a package bundle exported by Integration Flow Studio',
    });
    const dup = JSON.parse(exportPackage(pkg, [helloWorldFlow(), helloWorldFlow()]));
    expect(first(JSON.stringify(dup))).toEqual({
      path: 'flows[1].id',
      message: 'duplicate flow id "Hello_World" (also flows[0])',
    });
    const badName = JSON.parse(exportPackage({ ...pkg, technicalName: '1bad' }, []));
    expect(first(JSON.stringify(badName))?.path).toBe('package.technicalName');
    const proto = exportPackage(pkg, []).replace('"vendor"', '"__proto__"');
    expect(first(proto)).toEqual({
      path: 'package.__proto__',
      message: 'forbidden key "__proto__"',
    });
    const future = JSON.parse(exportPackage(pkg, []));
    future.schemaVersion = 9;
    expect(first(JSON.stringify(future))?.path).toBe('schemaVersion');
  });
});
