import { XMLSerializer } from '@xmldom/xmldom';
import * as xpath from 'xpath';
import { compileXPath, parseXmlDocument } from '../../expression/xpathEngine';
import { XmlBodyError, XPathError } from '../../expression/xmlErrors';
import { MULTIMAP_NS, type GatherConfig } from './config';

/*
 * Combining gathered bodies, loaded with the first Gather that runs (it brings the XML
 * libraries). Combine wraps the messages in CPI's multi-mapping envelope: all in one
 * <multimap:Message1> when they share a format, one <multimap:MessageN> each when they do not.
 */

const DECLARATION = /^\s*<\?xml[^?]*\?>\s*/;

function checkXml(bodies: string[]): void {
  bodies.forEach((b, i) => {
    try {
      parseXmlDocument(b);
    } catch (e) {
      throw new XmlBodyError(
        `Message ${i + 1} of ${bodies.length} is not XML: ${(e as Error).message}`,
      );
    }
  });
}

type XNode = {
  parentNode: XNode | null;
  appendChild(n: XNode): XNode;
  removeChild(n: XNode): XNode;
  ownerDocument: { importNode(n: XNode, deep: boolean): XNode };
};

function select(doc: unknown, expression: string, ns: Record<string, string>): XNode[] {
  try {
    const found = xpath.useNamespaces(ns)(expression, doc as Node);
    return Array.isArray(found) ? (found as unknown as XNode[]) : [];
  } catch (e) {
    throw new XPathError(`XPath "${expression}" failed: ${(e as Error).message}`);
  }
}

/**
 * Combine at XPath: the first message is the frame; the nodes at the source XPath of every
 * message, in order, go under the first node at the target XPath (the frame's own source nodes
 * give way to them). Without a target (Gather 1.0 had none), under the source nodes' parent.
 */
function combineAtXPath(bodies: string[], c: GatherConfig, ns: Record<string, string>): string {
  compileXPath(c.sourceXPath);
  if (c.targetXPath.trim()) compileXPath(c.targetXPath);
  const docs = bodies.map((b) => parseXmlDocument(b));
  const frame = docs[0]!;
  const sources = docs.map((d) => select(d, c.sourceXPath, ns));
  const target = c.targetXPath.trim()
    ? select(frame, c.targetXPath, ns)[0]
    : (sources[0]![0]?.parentNode ?? undefined);
  if (!target)
    throw new XPathError(
      c.targetXPath.trim()
        ? `Combine at target (XPath) "${c.targetXPath}" finds nothing in message 1`
        : `Combine from source (XPath) "${c.sourceXPath}" finds nothing in message 1`,
    );
  for (const n of sources[0]!) n.parentNode?.removeChild(n);
  for (const list of sources)
    for (const n of list) target.appendChild(target.ownerDocument.importNode(n, true));
  return new XMLSerializer().serializeToString(frame);
}

/** The Gather's body from the gathered bodies, in the order their messages arrived. */
export function combine(bodies: string[], c: GatherConfig, ns: Record<string, string>): string {
  if (c.algorithm === 'concatenate') return bodies.join('');
  if (bodies.length === 0) return '';
  checkXml(bodies);
  if (c.algorithm === 'combineAtXPath') return combineAtXPath(bodies, c, ns);
  const inner = bodies.map((b) => b.replace(DECLARATION, ''));
  const messages =
    c.messageType === 'DiffXMLFormat'
      ? inner.map((b, i) => `<multimap:Message${i + 1}>${b}</multimap:Message${i + 1}>`).join('')
      : `<multimap:Message1>${inner.join('')}</multimap:Message1>`;
  return `<?xml version="1.0" encoding="UTF-8"?><multimap:Messages xmlns:multimap="${MULTIMAP_NS}">${messages}</multimap:Messages>`;
}
