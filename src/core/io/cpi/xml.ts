import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CpiImportError } from './errors';

/** A parsed element: attributes as "@_name", children by local name (always arrays), "#text". */
export type XNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Only the five predefined entities and character references; no DOCTYPE entities (refused
  // before parsing anyway), no HTML entities.
  processEntities: true,
  htmlEntities: false,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** Largest .iflw we read (characters). */
export const MAX_IFLW_CHARS = 20 * 1024 * 1024;

/**
 * Parses untrusted XML. DOCTYPE declarations are refused outright, so no entity is ever
 * expanded and nothing external is fetched (XML bombs, XXE); syntax errors name line and column.
 */
export function parseXml(text: string, file: string): XNode {
  if (text.length > MAX_IFLW_CHARS)
    throw new CpiImportError(
      file,
      `is too large (${(text.length / 1024 / 1024).toFixed(1)} MB; at most 20 MB)`,
    );
  const body = text.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE/i.test(body))
    throw new CpiImportError(
      file,
      'contains a DOCTYPE declaration; DOCTYPEs and entity definitions are refused (entity expansion is off)',
    );
  if (/<!ENTITY/i.test(body))
    throw new CpiImportError(file, 'contains an ENTITY declaration; entities are refused');
  const valid = XMLValidator.validate(body);
  if (valid !== true)
    throw new CpiImportError(
      file,
      `is not well-formed XML (line ${valid.err.line}${valid.err.col ? `, column ${valid.err.col}` : ''}): ${valid.err.msg}`,
    );
  return parser.parse(body) as XNode;
}

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

/** Child element names of a node, in no particular order (attributes and text excluded). */
export function childTags(node: XNode): string[] {
  return Object.keys(node).filter((k) => !k.startsWith('@_') && k !== '#text');
}

/** Escapes text for element content and double-quoted attributes. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
