/** The message body is not XML (raised by XML Router conditions). */
export class XmlBodyError extends Error {
  override name = 'XmlBodyError';
}

/** An XPath expression that does not compile or evaluate (bad syntax, unbound prefix, …). */
export class XPathError extends Error {
  override name = 'ExpressionError';
}
