import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CpiImportError } from './errors';

import type { XNode } from './xnode';

export { attr, kid, kids, textOf, type XNode } from './xnode';

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
 * The validator's message in words: elements left open at the end come as "Invalid '[ "a",
 * "b"]' found.", said here as the file ending before they are closed (a file cut short).
 */
function xmlErrorText(msg: string): string {
  const open = /^Invalid '(\[[\s\S]*\])' found\.?$/.exec(msg)?.[1];
  let tags: unknown;
  try {
    tags = open ? JSON.parse(open) : null;
  } catch {
    tags = null;
  }
  if (!Array.isArray(tags) || tags.length === 0) return msg;
  const list = tags.map((t) => `<${String(t)}>`).join(', ');
  return `the file ends before ${tags.length === 1 ? 'this element is' : 'these elements are'} closed: ${list} (is it cut short?)`;
}

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
      `is not well-formed XML (line ${valid.err.line}${valid.err.col ? `, column ${valid.err.col}` : ''}): ${xmlErrorText(valid.err.msg)}`,
    );
  return parser.parse(body) as XNode;
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
