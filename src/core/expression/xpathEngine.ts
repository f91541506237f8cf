import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import * as xpath from 'xpath';
import { XmlBodyError, XPathError } from './xmlErrors';

/**
 * XML Router conditions: XPath 1.0 over the XML body. We use `xpath` on `@xmldom/xmldom`
 * (pure JavaScript, same code in Node and in the browser worker, no DOM needed) instead of a
 * home-made subset: users paste real XPath from CPI flows, including functions and predicates.
 * This module is heavy (~70 KB gzip with its libraries): load it with `import()`, never statically
 * from code on the editor's first paint path (see xpathCondition.ts).
 */

/** Compiles the expression, throwing XPathError with the library's reason. */
export function compileXPath(expression: string): void {
  try {
    // `parse` exists at runtime but is missing from the package's typings.
    (xpath as unknown as { parse: (e: string) => unknown }).parse(expression);
  } catch (e) {
    throw new XPathError(`Invalid XPath "${expression}": ${(e as Error).message}`);
  }
}

/** Parses XML text into an xmldom document, throwing XmlBodyError when it is not XML. */
export function parseXmlDocument(xml: string) {
  if (!xml.trim()) throw new XmlBodyError('The message body is empty, not XML');
  let first: string | undefined;
  try {
    return new DOMParser({
      onError: (level, msg) => {
        if (level === 'warning') return;
        first ??= msg;
        throw new XmlBodyError(msg);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (e) {
    // xmldom wraps errors thrown by onError; report the parser's own first message.
    throw new XmlBodyError(`The message body is not valid XML: ${first ?? (e as Error).message}`);
  }
}

/** A `$name` in an expression: Camel's XPath reads a header of that name, else a property. */
export type XPathVariables = (name: string) => string | number | boolean | undefined;

interface XResult {
  toArray?: () => unknown[];
  num?: number;
  b?: boolean;
  stringValue(): string;
}
// `parse` (which takes variables) exists at runtime but is missing from the package's typings.
// Its results are told apart by their fields: under Node's CommonJS interop the result classes
// are not named exports, so `instanceof` cannot be used.
const lib = xpath as unknown as {
  parse: (e: string) => { evaluate(options: Record<string, unknown>): XResult };
};

/** Runs a compiled expression over a parsed document, naming the expression when it fails. */
function select(
  expression: string,
  xml: string,
  namespaces: Record<string, string>,
  variables?: XPathVariables,
): unknown {
  compileXPath(expression);
  const doc = parseXmlDocument(xml);
  try {
    // xmldom's Document implements the DOM Node interface xpath expects.
    if (!variables) return xpath.useNamespaces(namespaces)(expression, doc as unknown as Node);
    const result = lib.parse(expression).evaluate({
      node: doc,
      namespaces,
      variables: (name: string) => {
        const value = variables(name);
        if (value === undefined)
          throw new Error(`$${name} is neither a header nor an exchange property of the message`);
        return value;
      },
    });
    if (typeof result.toArray === 'function') return result.toArray();
    if (typeof result.num === 'number') return result.num;
    if (typeof result.b === 'boolean') return result.b;
    return result.stringValue();
  } catch (e) {
    throw new XPathError(`XPath "${expression}" failed: ${(e as Error).message}`);
  }
}

/**
 * XPath string() of the expression over the XML text, as a Content Modifier's XPath source with
 * a String type reads it: the string value of the first node found ("" when none), a number
 * as XPath writes it, a boolean as "true" or "false".
 */
export function evaluateXPathString(
  xml: string,
  expression: string,
  namespaces: Record<string, string> = {},
): string {
  return asString(select(expression, xml, namespaces));
}

function asString(result: unknown): string {
  if (!Array.isArray(result)) return String(result);
  type Found = { textContent?: string | null; nodeValue?: string | null; documentElement?: Found };
  // The document node's string value is its element's text (DOM gives it no textContent).
  const first = result[0] as Found | undefined;
  const node = first?.documentElement ?? first;
  return node?.textContent ?? node?.nodeValue ?? '';
}

/**
 * XPath boolean() of the expression over the XML text (node sets are true when non-empty).
 * The expression is compiled before the body is parsed, so a bad XPath is reported as such
 * whatever the body; evaluation errors (unbound prefix, unknown function) are XPathErrors too.
 */
export function evaluateXPath(
  xml: string,
  expression: string,
  namespaces: Record<string, string> = {},
): boolean {
  return asBoolean(select(expression, xml, namespaces));
}

function asBoolean(result: unknown): boolean {
  if (Array.isArray(result)) return result.length > 0;
  if (typeof result === 'string') return result.length > 0;
  if (typeof result === 'number') return result !== 0 && !Number.isNaN(result);
  return Boolean(result);
}

/** What a Filter step keeps of the body (CPI's Value Type). */
export type XPathValueType = 'Node' | 'Nodelist' | 'Boolean' | 'Integer' | 'String';

const resultKind = (r: unknown) =>
  typeof r === 'number' ? 'a number' : typeof r === 'boolean' ? 'a boolean' : 'a string';

/**
 * The Filter step: the body becomes what the expression selects. Node: the first node found as
 * XML ("" when none); Nodelist: every node found, one after the other, with no wrapping element;
 * String: XPath string(); Boolean: "true"/"false"; Integer: the number, whole part. A node type
 * over an expression that yields a value (count(), a comparison) is an error naming the types to
 * choose instead, as CPI refuses to convert it.
 */
export function filterXml(
  xml: string,
  expression: string,
  valueType: XPathValueType,
  namespaces: Record<string, string> = {},
  variables?: XPathVariables,
): string {
  const result = select(expression, xml, namespaces, variables);
  const nodes = Array.isArray(result) ? (result as Node[]) : undefined;
  switch (valueType) {
    case 'Node':
    case 'Nodelist': {
      if (!nodes)
        throw new XPathError(
          `XPath "${expression}" gives ${resultKind(result)}, not nodes; choose Value Type String, Integer or Boolean`,
        );
      const serializer = new XMLSerializer();
      // xmldom nodes serialise themselves; the typings speak of the DOM's Node.
      const write = (n: Node) => serializer.serializeToString(n as never);
      return valueType === 'Node' ? (nodes[0] ? write(nodes[0]) : '') : nodes.map(write).join('');
    }
    case 'Boolean':
      return String(asBoolean(result));
    case 'String':
      return asString(result);
    case 'Integer': {
      const text = asString(result);
      const n = typeof result === 'number' ? result : text.trim() === '' ? NaN : Number(text);
      if (!Number.isFinite(n))
        throw new XPathError(
          `XPath "${expression}" gives "${text}", which is not a number (Value Type Integer)`,
        );
      return String(Math.trunc(n));
    }
  }
}
