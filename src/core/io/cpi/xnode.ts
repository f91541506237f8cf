/**
 * Reading parsed XML (the shape parseXml in xml.ts returns). Apart from the parser so that step
 * codecs can read what the codec core parsed for them without importing the parser itself.
 */

/** A parsed element: attributes as "@_name", children by local name (always arrays), "#text". */
export type XNode = Record<string, unknown>;

export function kids(node: XNode | undefined, tag: string): XNode[] {
  const v = node?.[tag];
  return Array.isArray(v) ? (v.filter((x) => x !== null && typeof x === 'object') as XNode[]) : [];
}

export function kid(node: XNode | undefined, tag: string): XNode | undefined {
  return kids(node, tag)[0];
}

export function attr(node: XNode | undefined, name: string): string | undefined {
  const v = node?.[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
}

/** Text content of an element (`<value>abc</value>` or `<value/>`). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join('');
  if (value !== null && typeof value === 'object') {
    const t = (value as XNode)['#text'];
    return t === undefined ? '' : textOf(t);
  }
  return '';
}
