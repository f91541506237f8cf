// Java packages as Rhino shows them to scripts: `java.util.HashMap`, `Packages.java.util.HashMap`,
// importClass, importPackage and JavaImporter over the studio's class registry. A name the studio
// does not provide resolves to a placeholder that throws a clear error where the script uses it
// ("Class java.sql.DriverManager is not available in the sandbox"); the APIs a script may not use
// on the studio (file system, network, threads, reflection, processes, databases) say why.
import { hide } from './define';

const JsError = Error;
const JsTypeError = TypeError;
const JsProxy = Proxy;
const keys = Object.keys;
const create = Object.create;
const defineProperty = Object.defineProperty;
const fnToString = Function.prototype.toString;
const JsInternalError: ErrorConstructor =
  typeof (globalThis as { InternalError?: unknown }).InternalError === 'function'
    ? (globalThis as unknown as { InternalError: ErrorConstructor }).InternalError
    : JsError;

/** The package path behind a package proxy or a placeholder class. */
export const PLACEHOLDER: unique symbol = Symbol('placeholder');

// Classes a script may not use on the studio, and why (checked in order, by name prefix).
const REFUSED: [RegExp, string][] = [
  [
    /^java\.io\.(File|RandomAccessFile)|^java\.nio\.(file|channels)\b/,
    'scripts may not use the file system',
  ],
  [
    /^java\.net\.(?!URLEncoder$|URLDecoder$|URI$)|^javax\.net\b|^java\.rmi\b/,
    'scripts may not open network connections',
  ],
  [
    /^java\.lang\.(Thread|ThreadGroup|Runnable)$|^java\.util\.(concurrent\b|Timer)/,
    'scripts may not start threads or timers',
  ],
  [
    /^java\.lang\.(Class|ClassLoader)$|^java\.lang\.(reflect|invoke)\b|^java\.beans\b/,
    'scripts may not use reflection or load classes',
  ],
  [/^java\.lang\.(Runtime|Process|ProcessBuilder)$/, 'scripts may not run processes'],
  [/^java\.sql\b|^javax\.sql\b|^javax\.naming\b/, 'scripts may not reach databases or directories'],
];

/** The SecurityException for an API scripts may not use on the studio. */
export function refusal(api: string, why: string): Error {
  const err = new JsError(`${api} is not available in the studio: ${why}`);
  hide(err, 'name', 'java.lang.SecurityException');
  return err;
}

/** The error for a class the studio does not provide: refused with its reason, or not emulated. */
export function classNotAvailable(path: string): Error {
  const parts = path.split('.');
  let i = 0;
  while (i < parts.length - 1 && !/^[A-Z]/.test(parts[i]!)) i++;
  const name = parts.slice(0, i + 1).join('.');
  for (const [re, why] of REFUSED) if (re.test(name)) return refusal(name, why);
  return new JsError(
    `Class ${name} is not available in the sandbox (the studio does not emulate it)`,
  );
}

// Package and placeholder proxies are shared by every message: they refuse every change, so no
// message can keep data on them (their targets are never reachable otherwise). A bound function is
// a constructor without a prototype object, so the target holds nothing mutable at all.
const refuseChange = (): boolean => false;
function locked<T extends object>(traps: ProxyHandler<T>): ProxyHandler<T> {
  traps.defineProperty = refuseChange;
  traps.deleteProperty = refuseChange;
  traps.setPrototypeOf = refuseChange;
  traps.preventExtensions = refuseChange;
  return traps;
}

/** What the package machinery works on: the class registry and the global object. */
export interface PackagesEnv {
  classes: Record<string, unknown>;
  global: Record<string, unknown>;
}

export interface Packages {
  lookup(path: string): unknown;
  classPath(C: unknown): string | null;
  importClass(...classes: unknown[]): void;
  importPackage(...packages: unknown[]): void;
  JavaImporter: (...items: unknown[]) => Record<string, unknown>;
  Packages: object;
}

export function installPackages({ classes: CLASSES, global: G }: PackagesEnv): Packages {
  const packages: Record<string, unknown> = {};
  const nameOf = (path: string): string => path.slice(path.lastIndexOf('.') + 1);
  const packageOf = (path: string): string => path.slice(0, path.lastIndexOf('.'));
  function javaPackageText(path: string): () => string {
    return () => `[JavaPackage ${path}]`;
  }
  /** A package's (or placeholder class's) member: the class or package under `path.k`. */
  function memberOf(path: string) {
    return (_t: unknown, k: string | symbol): unknown => {
      if (k === PLACEHOLDER) return path;
      if (typeof k === 'symbol') return undefined;
      if (k === 'toString' || k === 'valueOf') return javaPackageText(path);
      return lookup(`${path}.${k}`);
    };
  }
  function placeholder(path: string): unknown {
    const target = function () {}.bind(null);
    return new JsProxy(
      target,
      locked({
        get: memberOf(path),
        apply: () => {
          throw classNotAvailable(path);
        },
        construct: () => {
          throw classNotAvailable(path);
        },
        set: () => true,
      }),
    );
  }
  function packageProxy(path: string): unknown {
    return new JsProxy(
      {},
      locked({
        get: memberOf(path),
        set: () => true,
      }),
    );
  }
  function isPackage(path: string): boolean {
    const prefix = `${path}.`;
    return keys(CLASSES).some((n) => n.indexOf(prefix) === 0);
  }
  function lookup(path: string): unknown {
    if (CLASSES[path]) return CLASSES[path];
    if (!packages[path]) packages[path] = isPackage(path) ? packageProxy(path) : placeholder(path);
    return packages[path];
  }
  function classPath(C: unknown): string | null {
    const tag =
      C && typeof C === 'function'
        ? (C as unknown as { [PLACEHOLDER]?: string })[PLACEHOLDER]
        : undefined;
    if (tag) return tag;
    const names = keys(CLASSES);
    for (let i = 0; i < names.length; i++) if (CLASSES[names[i]!] === C) return names[i]!;
    return null;
  }
  function cannotImport(simple: string): Error {
    const err = new JsInternalError(
      `Cannot import "${simple}" since a property by that name is already defined.`,
    );
    if (JsInternalError === JsError) hide(err, 'name', 'InternalError');
    return err;
  }
  // As Rhino's importClass: a name the scope already defines (String, Date, Map in ES6 mode, a
  // variable of the script) is refused; importing the same class again is fine.
  function defineGlobal(simple: string, value: unknown): void {
    if (simple in G) {
      if (G[simple] === value) return;
      throw cannotImport(simple);
    }
    defineProperty(G, simple, { value, writable: true, configurable: true, enumerable: true });
  }
  function importClass(...items: unknown[]): void {
    for (const item of items) {
      const path = classPath(item);
      if (!path)
        throw new JsTypeError(
          'importClass expects a Java class, e.g. importClass(java.util.HashMap)',
        );
      defineGlobal(nameOf(path), item);
    }
  }
  // Rhino's importPackage makes a package's classes visible where no other binding has the name:
  // it never replaces a global (java.util.Map stays the ES6 Map).
  function importPackage(...items: unknown[]): void {
    for (const item of items) {
      const pkg = item ? (item as { [PLACEHOLDER]?: string })[PLACEHOLDER] : undefined;
      if (!pkg)
        throw new JsTypeError(
          'importPackage expects a Java package, e.g. importPackage(java.util)',
        );
      keys(CLASSES).forEach((n) => {
        const simple = nameOf(n);
        if (packageOf(n) === pkg && !(simple in G)) defineGlobal(simple, CLASSES[n]);
      });
    }
  }
  /** new JavaImporter(java.util, java.text, …): an object holding those packages' classes (for with). */
  const JavaImporter = function (...items: unknown[]): Record<string, unknown> {
    const scope = create(null) as Record<string, unknown>;
    for (const a of items) {
      const pkg = a ? (a as { [PLACEHOLDER]?: string })[PLACEHOLDER] : undefined;
      const path = pkg || classPath(a);
      if (!path)
        throw new JsTypeError(
          'JavaImporter expects Java packages or classes, e.g. new JavaImporter(java.util)',
        );
      if (!pkg || CLASSES[path]) {
        scope[nameOf(path)] = a;
        continue;
      }
      keys(CLASSES).forEach((n) => {
        if (packageOf(n) === pkg) scope[nameOf(n)] = CLASSES[n];
      });
    }
    return scope;
  };
  const Packages = new JsProxy(
    {},
    locked({
      get: (_t, k) => (typeof k === 'symbol' ? undefined : lookup(k)),
      set: () => true,
    }),
  );
  return { lookup, classPath, importClass, importPackage, JavaImporter, Packages };
}

/** Rhino's language mode of a compiled script, read once from its own text (see rhinoMode.ts). */
export function rhinoModeOf(factory: unknown, pragma: RegExp): 'es6' | '1.8' {
  const m = pragma.exec(fnToString.call(factory as () => unknown).slice(0, 2100));
  return m && (m[1] === '1.8' || m[1] === '180') ? '1.8' : 'es6';
}

/**
 * Every registered class answers `getName()`, `getSimpleName()` and `.class` as a Java class
 * does (`java.util.HashMap`, `HashMap`); the realm's own `Math` and `Object` are left alone.
 */
export function nameClasses(classes: Record<string, unknown>, jstr: (s: string) => unknown): void {
  const names = keys(classes);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const C = classes[name];
    if (C === Math || C === Object || !C || (typeof C !== 'function' && typeof C !== 'object'))
      continue;
    const simple = name.slice(name.lastIndexOf('.') + 1);
    hide(C, 'getName', () => jstr(name));
    hide(C, 'getSimpleName', () => jstr(simple));
    hide(C, 'class', C);
  }
}
