import type { CpiProps } from '../../registry/cpiCodec';
import { attr, kid, kids, textOf, type XNode } from './xml';

/** The ifl:property key/value list of an element's extensionElements, in document order. */
export function readProps(node: XNode): [string, string][] {
  const ext = kid(node, 'extensionElements');
  return kids(ext, 'property').map((p) => [textOf(p.key).trim(), textOf(p.value)]);
}

/** Keys every element carries that say what it is rather than how it is set up. */
export const META_KEYS = new Set([
  'activityType',
  'subActivityType',
  'cmdVariantUri',
  'componentVersion',
]);

/** A props reader that remembers which keys the codec read. */
export function propsReader(list: [string, string][]): CpiProps & { used: Set<string> } {
  const map = new Map(list);
  const used = new Set<string>();
  const get = (key: string) => {
    used.add(key);
    return map.get(key);
  };
  return { used, get, str: (key, fallback = '') => get(key) ?? fallback };
}

/** Attributes of an element other than those in `known` (kept for export). */
export function otherAttributes(node: XNode, known: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(node)) {
    if (!key.startsWith('@_')) continue;
    const name = key.slice(2);
    if (known.includes(name) || name.startsWith('xmlns')) continue;
    const v = attr(node, name);
    if (v !== undefined) out[name] = v;
  }
  return out;
}
