import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { XmlToJsonConfig } from './config';
import { ConversionError } from './conversionError';

export { ConversionError };

/*
 * fast-xml-parser is heavy (~20 KB gzip with its helpers): the step's executor loads this module
 * with import(), so it stays out of the editor's initial JavaScript.
 */

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };
type Json = string | Json[] | { [key: string]: Json };

// preserveOrder keeps mixed content and element order, which the plain mode loses.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: '#comment',
});

function alwaysArray(config: XmlToJsonConfig, path: string, name: string): boolean {
  if (config.arrayMode === 'all') return true;
  if (config.arrayMode !== 'specific') return false;
  return config.arrayElements
    .split(/\r?\n|,/)
    .map((s) => s.trim())
    .filter(Boolean)
    .some((p) => (p.startsWith('/') ? p === path : p === name));
}

function elementName(node: OrderedNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@' && k !== '#text' && k !== '#comment');
}

/** CPI's shape: attributes as "@name", text next to attributes or children as "$". */
function convertElement(
  children: OrderedNode[],
  attrs: Record<string, string>,
  path: string,
  config: XmlToJsonConfig,
): Json {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(attrs)) out[`@${k}`] = String(v);
  const texts: string[] = [];
  const groups = new Map<string, Json[]>();
  for (const child of children) {
    if ('#text' in child) {
      texts.push(String(child['#text']));
      continue;
    }
    const name = elementName(child);
    if (!name) continue;
    const value = convertElement(
      child[name] as OrderedNode[],
      child[':@'] ?? {},
      `${path}/${name}`,
      config,
    );
    const list = groups.get(name) ?? [];
    list.push(value);
    groups.set(name, list);
  }
  const text = texts.join(' ');
  if (groups.size === 0 && Object.keys(out).length === 0) return text;
  for (const [name, values] of groups) {
    out[name] =
      values.length > 1 || alwaysArray(config, `${path}/${name}`, name) ? values : values[0]!;
  }
  if (text) out.$ = text;
  return out;
}

/** Converts XML text to JSON text the way CPI's XML to JSON Converter shapes it. */
export function xmlToJson(xml: string, config: XmlToJsonConfig): string {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ConversionError(
      `The message body is not valid XML: ${valid.err.msg} (line ${valid.err.line})`,
    );
  }
  const nodes = parser.parse(xml) as OrderedNode[];
  const root = nodes.find((n) => elementName(n) !== undefined);
  const name = root && elementName(root);
  if (!root || !name) throw new ConversionError('The XML has no root element');
  const value = convertElement(root[name] as OrderedNode[], root[':@'] ?? {}, `/${name}`, config);
  const json = config.suppressRootElement ? value : { [name]: value };
  return JSON.stringify(json);
}
