import { describe, expect, it } from 'vitest';
import { RHINO_MODE_PRAGMA } from '../rhinoMode';
import {
  classNotAvailable,
  installPackages,
  nameClasses,
  PLACEHOLDER,
  rhinoModeOf,
} from './packages';

function HashMap(): void {}
function SimpleDateFormat(): void {}

function setup(): {
  global: Record<string, unknown>;
  java: Record<string, Record<string, unknown>>;
  p: ReturnType<typeof installPackages>;
} {
  const global: Record<string, unknown> = { Map };
  const p = installPackages({
    classes: { 'java.util.HashMap': HashMap, 'java.text.SimpleDateFormat': SimpleDateFormat },
    global,
  });
  return { global, p, java: p.lookup('java') as Record<string, Record<string, unknown>> };
}

describe('Java packages, importClass and importPackage', () => {
  it('resolves provided classes through package proxies and Packages', () => {
    const { java, p } = setup();
    expect(java.util!.HashMap).toBe(HashMap);
    expect((p.Packages as Record<string, unknown>)['java.util.HashMap']).toBe(HashMap);
    expect(String(java.util)).toBe('[JavaPackage java.util]');
    expect((java.util as Record<PropertyKey, unknown>)[PLACEHOLDER]).toBe('java.util');
    expect(Reflect.defineProperty(java.util!, 'x', { value: 1 })).toBe(false);
  });

  it('refuses what scripts may not use, naming the API and why, where it is used', () => {
    const { java } = setup();
    const File = java.io!.File as new () => unknown;
    expect(() => new File()).toThrow(
      'java.io.File is not available in the studio: scripts may not use the file system',
    );
    expect(classNotAvailable('java.sql.DriverManager.getConnection').name).toBe(
      'java.lang.SecurityException',
    );
    expect(classNotAvailable('org.acme.Thing').message).toBe(
      'Class org.acme.Thing is not available in the sandbox (the studio does not emulate it)',
    );
  });

  it('imports as Rhino does: never over a name the scope already has', () => {
    const { global, java, p } = setup();
    p.importClass(java.util!.HashMap);
    expect(global.HashMap).toBe(HashMap);
    p.importClass(java.util!.HashMap);
    expect(() => p.importClass(p.lookup('java.util.Map'))).toThrow(
      'Cannot import "Map" since a property by that name is already defined.',
    );
    p.importPackage(java.text);
    expect(global.SimpleDateFormat).toBe(SimpleDateFormat);
    expect(() => p.importClass('x')).toThrow('importClass expects a Java class');
    const scope = p.JavaImporter(java.util, java.text);
    expect(Object.keys(scope).sort()).toEqual(['HashMap', 'SimpleDateFormat']);
  });

  it('reads the Rhino mode from the compiled script', () => {
    const legacy = new Function('// @rhino-version 1.8\nreturn 1;');
    expect(rhinoModeOf(legacy, RHINO_MODE_PRAGMA)).toBe('1.8');
    expect(rhinoModeOf(() => 1, RHINO_MODE_PRAGMA)).toBe('es6');
  });
});

describe('nameClasses', () => {
  it('gives every class getName, getSimpleName and .class as Java has them, not Math or Object', () => {
    function ArrayList(): void {}
    const classes: Record<string, unknown> = {
      'java.util.ArrayList': ArrayList,
      'java.lang.Math': Math,
      'java.lang.Object': Object,
    };
    nameClasses(classes, (s) => `J:${s}`);
    const C = ArrayList as unknown as Record<string, () => unknown>;
    expect(C.getName!()).toBe('J:java.util.ArrayList');
    expect(C.getSimpleName!()).toBe('J:ArrayList');
    expect(C.class).toBe(ArrayList);
    expect(Object.keys(ArrayList)).toEqual([]);
    expect('getName' in Math || 'getName' in Object).toBe(false);
  });
});
