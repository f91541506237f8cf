import { XMLSerializer } from '@xmldom/xmldom';
import * as xpath from 'xpath';
import { compileXPath, parseXmlDocument } from '../../expression/xpathEngine';
import { XPathError } from '../../expression/xmlErrors';
import type { SplitKind, SplitterConfig } from './config';

/*
 * Splitting a body, loaded with the first Splitter that runs (it brings the XML libraries).
 * General Splitter: each split message is the whole document with only its group of the
 * selected nodes left (their enclosing elements and the rest kept, as CPI does). Iterating
 * Splitter: each split message is the group's nodes alone (a group of several inside a copy of
 * their parent element, without its other children).
 */

type XNode = {
  nodeType: number;
  parentNode: XNode | null;
  ownerDocument: { createTextNode(t: string): XNode };
  cloneNode(deep: boolean): XNode;
  appendChild(n: XNode): XNode;
  replaceChild(n: XNode, old: XNode): XNode;
};

const ELEMENT = 1;

function groups<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function selectElements(text: string, expression: string, ns: Record<string, string>) {
  compileXPath(expression);
  const doc = parseXmlDocument(text);
  let found: unknown;
  try {
    found = xpath.useNamespaces(ns)(expression, doc as unknown as Node);
  } catch (e) {
    throw new XPathError(`XPath "${expression}" failed: ${(e as Error).message}`);
  }
  if (!Array.isArray(found))
    throw new XPathError(
      `XPath "${expression}" gives a ${typeof found}, not the nodes to split at`,
    );
  const nodes = found as XNode[];
  const other = nodes.find((n) => n.nodeType !== ELEMENT);
  if (other)
    throw new XPathError(
      `XPath "${expression}" must select elements to split at, not text or attributes`,
    );
  return { doc: doc as unknown as XNode, nodes };
}

function splitXml(
  text: string,
  expression: string,
  size: number,
  kind: SplitKind,
  ns: Record<string, string>,
): string[] {
  const { doc, nodes } = selectElements(text, expression, ns);
  const serializer = new XMLSerializer();
  // xmldom serializes its own nodes; XNode is the little of its DOM used here.
  const write = (n: XNode) =>
    serializer.serializeToString(n as unknown as Parameters<XMLSerializer['serializeToString']>[0]);
  if (kind === 'IteratingSplitter')
    return groups(nodes, size).map((g) => {
      if (size === 1) return write(g[0]!);
      const wrapper = g[0]!.parentNode!.cloneNode(false);
      for (const n of g) wrapper.appendChild(n.cloneNode(true));
      return write(wrapper);
    });
  // Each selected node gives way to an empty text node; a group's own nodes come back in turn.
  const holes = nodes.map((n) => {
    const hole = n.ownerDocument.createTextNode('');
    n.parentNode!.replaceChild(hole, n);
    return hole;
  });
  return groups(
    nodes.map((n, i) => [n, holes[i]!] as const),
    size,
  ).map((g) => {
    for (const [n, hole] of g) hole.parentNode!.replaceChild(n, hole);
    const out = write(doc);
    for (const [n, hole] of g) n.parentNode!.replaceChild(hole, n);
    return out;
  });
}

function splitText(text: string, separator: string | RegExp, size: number): string[] {
  const pieces = text.split(separator);
  // A trailing separator does not make an empty last message; blank lines are skipped.
  const kept = separator instanceof RegExp ? pieces.filter((l) => l.trim() !== '') : pieces;
  if (!(separator instanceof RegExp) && kept.at(-1) === '') kept.pop();
  const joiner = separator instanceof RegExp ? '\n' : separator;
  return groups(kept, size).map((g) => g.join(joiner));
}

/** The split messages' bodies. `expression` is the XPath with any ${…} already resolved. */
export function splitBody(
  text: string,
  config: SplitterConfig,
  kind: SplitKind,
  expression: string,
  namespaces: Record<string, string>,
): string[] {
  if (config.exprType === 'Line Break') return splitText(text, /\r\n|\n|\r/, config.grouping);
  if (config.exprType === 'Token') return splitText(text, config.token, config.grouping);
  return splitXml(text, expression, config.grouping, kind, namespaces);
}
