/**
 * XML Router conditions, light side. Validation uses the synchronous syntax check (checkXPath);
 * evaluation loads the XPath engine (xmldom + xpath) on first use, so those libraries stay out
 * of the editor's initial JavaScript.
 */
export { checkXPath } from './checkXPath';
export { XmlBodyError, XPathError } from './xmlErrors';

type XPathEngine = typeof import('./xpathEngine');
let engine: Promise<XPathEngine> | undefined;

/** The XPath engine module, loaded once. */
export function loadXPathEngine(): Promise<XPathEngine> {
  engine ??= import('./xpathEngine').catch((e: unknown) => {
    // Let a later call retry (e.g. the chunk failed to download once).
    engine = undefined;
    throw e;
  });
  return engine;
}

/**
 * XPath boolean() of the expression over the XML text. Rejects with XPathError (type
 * "ExpressionError") when the expression does not compile, XmlBodyError when the text is not XML.
 */
export async function evaluateXPathCondition(
  xml: string,
  expression: string,
  namespaces: Record<string, string> = {},
): Promise<boolean> {
  return (await loadXPathEngine()).evaluateXPath(xml, expression, namespaces);
}
