import { describe, expect, it } from 'vitest';
import { newFlow } from '../model/factory';
import {
  createPackage,
  duplicateFlow,
  duplicatePackage,
  nameForCopy,
  renameFlow,
  updatePackage,
  type OpContext,
} from './packageOps';
import type { Package } from './package';

function context(): OpContext {
  let n = 0;
  return { newId: () => `pkg_${++n}`, now: () => '2026-11-24T07:00:00.000Z' };
}

const make = (name: string, existing: Package[] = [], ctx = context()) => {
  const r = createPackage({ name }, existing, ctx);
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return r.value;
};

describe('package operations', () => {
  it('creates a package with defaults and a derived technical name', () => {
    expect(make('Hello World')).toEqual({
      id: 'pkg_1',
      name: 'Hello World',
      technicalName: 'HelloWorld',
      shortDescription: '',
      description: '',
      version: '1.0.0',
      vendor: '',
      createdAt: '2026-11-24T07:00:00.000Z',
      modifiedAt: '2026-11-24T07:00:00.000Z',
    });
  });

  it('derives a unique technical name and refuses a taken one typed by the user', () => {
    const a = make('Demo');
    expect(make('Demo', [a]).technicalName).toBe('Demo_2');
    const r = createPackage({ name: 'X', technicalName: 'demo' }, [a], context());
    expect(!r.ok && r.errors).toEqual([
      {
        field: 'technicalName',
        message: 'Technical name "demo" is already used by another package',
      },
    ]);
  });

  it('refuses an empty name and an empty version', () => {
    const r = createPackage({ name: '  ', version: '' }, [], context());
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(['name', 'version']);
  });

  it('updates fields, keeping its own technical name valid', () => {
    const ids = context();
    const a = make('Demo', [], ids);
    const ctx = { ...context(), now: () => 'later' };
    const r = updatePackage(a, { name: 'Renamed', vendor: 'ACME' }, [a], ctx);
    expect(r.ok && r.value).toMatchObject({
      name: 'Renamed',
      technicalName: 'Demo',
      vendor: 'ACME',
      modifiedAt: 'later',
    });
    const b = make('Other', [a], ids);
    const clash = updatePackage(b, { technicalName: 'Demo' }, [a, b]);
    expect(clash.ok).toBe(false);
  });

  it('duplicates a package with new ids for it and every flow', () => {
    const ctx = context();
    const a = make('Demo', [], ctx);
    const flows = [newFlow({ id: 'Hello', name: 'Hello' }), newFlow({ id: 'Bye', name: 'Bye' })];
    const copy = duplicatePackage(a, flows, [a], ['Hello', 'Bye'], ctx);
    expect(copy.package).toMatchObject({
      id: 'pkg_2',
      name: 'Demo (copy)',
      technicalName: 'Demo_copy',
    });
    expect(copy.flows.map((f) => [f.id, f.name])).toEqual([
      ['Hello_1', 'Hello'],
      ['Bye_1', 'Bye'],
    ]);
    copy.flows[0]!.process.steps.pop();
    expect(flows[0]!.process.steps).toHaveLength(2);
  });

  it('duplicates and renames flows', () => {
    const f = newFlow({ id: 'Hello', name: 'Hello' });
    const copy = duplicateFlow(f, ['Hello']);
    expect([copy.id, copy.name]).toEqual(['Hello_copy', 'Hello (copy)']);
    const second = duplicateFlow(f, ['Hello', 'Hello_copy'], 'Hello (copy 2)');
    expect([second.id, second.name]).toEqual(['Hello_copy_2', 'Hello (copy 2)']);
    expect(renameFlow(f, { name: ' New ', description: 'd' })).toMatchObject({
      id: 'Hello',
      name: 'New',
      description: 'd',
    });
  });
});

describe('nameForCopy', () => {
  it('names copies "(copy)", then "(copy 2)", … and never stacks suffixes', () => {
    expect(nameForCopy('Hello World', ['Hello World'])).toBe('Hello World (copy)');
    expect(nameForCopy('Hello World', ['Hello World', 'Hello World (copy)'])).toBe(
      'Hello World (copy 2)',
    );
    expect(nameForCopy('Hello World (copy)', ['Hello World', 'Hello World (copy)'])).toBe(
      'Hello World (copy 2)',
    );
    expect(nameForCopy('x'.repeat(200), [])).toHaveLength(200);
  });
  it('a duplicated package gets a name no other package has', () => {
    const ctx = context();
    const a = make('Demo', [], ctx);
    const first = duplicatePackage(a, [], [a], [], ctx).package;
    expect(duplicatePackage(a, [], [a, first], [], ctx).package.name).toBe('Demo (copy 2)');
  });
});
