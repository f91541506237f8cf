/**
 * Rhino language mode of a script. CPI runs JavaScript on Rhino 1.7.14 with ES6 language level
 * (Rhino `-version 200`): ES6 syntax and built-ins (Map, Set, Symbol, Promise) are there, and
 * `importClass(java.util.Map)` is refused because `Map` is already defined. Scripts written for the
 * older engine can ask for Rhino's 1.8 mode (`-version 180`: no ES6 built-ins, so the Java classes
 * of those names import) with a comment among the first lines of the script:
 *
 *     // @rhino-version 1.8
 *
 * The studio and the conformance oracle read the mode the same way, from the script itself.
 */
export type RhinoMode = 'es6' | '1.8';

/** The mode comment; the prelude reads the same pattern from the compiled script's text. */
export const RHINO_MODE_PRAGMA = /^[ \t]*\/\/[ \t]*@rhino-version[ \t]+(1\.8|180|es6|200)\b/m;

export function rhinoModeOf(source: string): RhinoMode {
  const head = source.slice(0, 2000);
  const m = RHINO_MODE_PRAGMA.exec(head);
  return m && (m[1] === '1.8' || m[1] === '180') ? '1.8' : 'es6';
}

/** ES6 built-ins that Rhino's 1.8 mode does not define (so Java classes of these names import). */
export const ES6_ONLY_GLOBALS = [
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Symbol',
  'Promise',
  'BigInt',
] as const;
