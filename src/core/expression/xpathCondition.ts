import { DOMParser } from '@xmldom/xmldom';
import * as xpath from 'xpath';

/**
 * XML Router conditions: XPath 1.0 over the XML body. We use `xpath` on `@xmldom/xmldom`
 * (pure JavaScript, same code in Node and in the browser worker, no DOM needed) instead of a
 * home-made subset: users paste real XPath from CPI flows, including functions and predicates.
 */

/** Checks an XPath expression's syntax; returns an error message or null. */
export function checkXPath(expression: string): string | null {
  if (!expression.trim()) return 'Condition is empty';
  try {
    // `parse` exists at runtime but is missing from the package's typings.
    (xpath as unknown as { parse: (e: string) => unknown }).parse(expression);
    return null;
  } catch (e) {
    return `Invalid XPath "${expression}": ${(e as Error).message}`;
  }
}

export class XmlBodyError extends Error {
  override name = 'XmlBodyError';
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

/** XPath boolean() of the expression over the XML text (node sets are true when non-empty). */
export function evaluateXPathCondition(
  xml: string,
  expression: string,
  namespaces: Record<string, string> = {},
): boolean {
  const doc = parseXmlDocument(xml);
  const select = xpath.useNamespaces(namespaces);
  // xmldom's Document implements the DOM Node interface xpath expects.
  const result = select(expression, doc as unknown as Node);
  if (Array.isArray(result)) return result.length > 0;
  if (typeof result === 'string') return result.length > 0;
  if (typeof result === 'number') return result !== 0 && !Number.isNaN(result);
  return Boolean(result);
}
