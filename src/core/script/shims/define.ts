// Defining properties as the prelude does: non-enumerable (so they never show in for-in, keys or
// JSON), writable and configurable until the shared realm's hardening freezes them. The intrinsics
// are captured when the bundle loads, before any script runs.
const defineProperty = Object.defineProperty;
const keys = Object.keys;

export function hide(obj: object, name: PropertyKey, value: unknown): void {
  defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: false });
}

/** Every entry of `table` as a hidden property of `target`. */
export function methods(target: object, table: Record<string, unknown>): void {
  const names = keys(table);
  for (let i = 0; i < names.length; i++) hide(target, names[i]!, table[names[i]!]);
}
