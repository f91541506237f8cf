import { ConversionError } from '../xmlToJson/conversionError';
import { parseNamespaceMapping } from '../../expression';
import type { JsonToXmlConfig } from './config';

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');
const scalar = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** Emits XML by hand rather than through XMLBuilder so CPI's exact shape is under our control. */
class Emitter {
  constructor(
    private readonly separator: string,
    private readonly prefixes: Set<string>,
  ) {}

  /** "ns_order" with separator "_" and a mapped prefix "ns" becomes "ns:order". */
  name(key: string): string {
    let name = key;
    if (this.separator && this.separator !== ':') {
      const i = key.indexOf(this.separator);
      if (i > 0 && this.prefixes.has(key.slice(0, i)))
        name = `${key.slice(0, i)}:${key.slice(i + 1)}`;
    }
    if (!NAME.test(name)) throw new ConversionError(`"${key}" is not a valid XML element name`);
    return name;
  }

  element(key: string, value: unknown, extraAttrs = ''): string {
    if (Array.isArray(value)) return value.map((v) => this.element(key, v, extraAttrs)).join('');
    const name = this.name(key);
    if (value === null || value === undefined) return `<${name}${extraAttrs}/>`;
    if (typeof value !== 'object')
      return `<${name}${extraAttrs}>${escapeText(scalar(value))}</${name}>`;
    let attrs = extraAttrs;
    let inner = '';
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k.startsWith('@')) attrs += ` ${this.name(k.slice(1))}="${escapeAttr(scalar(v))}"`;
      else if (k === '$') inner += escapeText(scalar(v));
      else inner += this.element(k, v);
    }
    return inner ? `<${name}${attrs}>${inner}</${name}>` : `<${name}${attrs}/>`;
  }
}

/** Converts JSON text to XML text the way CPI's JSON to XML Converter does. */
export function jsonToXml(json: string, config: JsonToXmlConfig): string {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new ConversionError(`The message body is not valid JSON: ${(e as Error).message}`);
  }
  const map: Record<string, string> = config.useNamespaceMapping
    ? parseNamespaceMapping(config.namespaceMapping).map
    : {};
  const emitter = new Emitter(config.jsonPrefixSeparator || ':', new Set(Object.keys(map)));
  let xmlns = Object.entries(map)
    .map(([p, uri]) => ` xmlns:${p}="${escapeAttr(uri)}"`)
    .join('');
  const head = '<?xml version="1.0" encoding="UTF-8"?>';
  if (config.addRootElement) {
    if (config.rootNamespace) xmlns = ` xmlns="${escapeAttr(config.rootNamespace)}"${xmlns}`;
    return head + emitter.element(config.rootElementName, data, xmlns);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConversionError(
      'Without "Add XML Root Element" the JSON must be an object with one member',
    );
  }
  const members = Object.entries(data as Record<string, unknown>);
  if (members.length !== 1 || Array.isArray(members[0]![1])) {
    throw new ConversionError(
      `The JSON has ${members.length} top-level members (or an array); XML needs one root element. Select "Add XML Root Element"`,
    );
  }
  const [key, value] = members[0]!;
  return head + emitter.element(key, value, xmlns);
}
