import { XMLValidator } from 'fast-xml-parser';
import { XNode, Xslt, XmlParser } from 'xslt-processor';

/** An XSLT mapping failure, with the line and column in the stylesheet or body when known. */
export class XsltError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
    /** The line and column are in the message body, not in the stylesheet. */
    readonly inBody = false,
  ) {
    super(message);
    this.name = 'XsltError';
  }
}

export interface XsltRun {
  /** The stylesheet's text and its file name (for messages). */
  stylesheet: string;
  fileName: string;
  input: string;
  /** Passed as xsl:param by name, as CPI passes headers and exchange properties. */
  params: Record<string, string>;
  /** Other stylesheets an xsl:include / xsl:import names (by file name). */
  resolve: (href: string) => string | undefined;
}

/** XPath's string value of a node: its text, or its descendants' text for elements. */
function stringValue(node: XNode): string {
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11)
    return node.nodeValue ?? '';
  let out = '';
  for (const c of node.childNodes) {
    if (c.nodeType === 1) out += stringValue(c);
    else if (c.nodeType === 3 || c.nodeType === 4) out += c.nodeValue;
  }
  return out;
}

/*
 * xslt-processor's XPath 2.0 string functions (upper-case, replace, matches, string-join,
 * ends-with …) read a node argument's `textContent`, or else `String(node)`, which its nodes do
 * not answer with their string value ("1, b, null"). Giving its node class both makes
 * upper-case(/a/b) what XPath says (conformance: scripts/conformance/xslt). An assignment (the
 * processor sets textContent on nodes it builds) keeps its own value on that node.
 */
Object.defineProperty(XNode.prototype, 'textContent', {
  configurable: true,
  get(this: XNode) {
    return stringValue(this);
  },
  set(this: XNode, value: unknown) {
    Object.defineProperty(this, 'textContent', {
      value,
      writable: true,
      configurable: true,
      enumerable: true,
    });
  },
});
Object.defineProperty(XNode.prototype, 'toString', {
  configurable: true,
  writable: true,
  value(this: XNode) {
    return stringValue(this);
  },
});

/*
 * xsl:copy of the document node (the root template of "remove namespaces" stylesheets:
 * match="/" with <xsl:copy><xsl:apply-templates/></xsl:copy>) must go on with its children; the
 * processor made nothing of it, so such stylesheets gave an empty result.
 */
type CopyFn = (destination: XNode, source: XNode) => XNode | null;
const xsltProto = Xslt.prototype as unknown as { xsltCopy: CopyFn };
const copyNode = xsltProto.xsltCopy;
xsltProto.xsltCopy = function (this: unknown, destination, source) {
  return source.nodeType === 9 ? destination : copyNode.call(this, destination, source);
};

/** CPI's XSLT extension functions on the exchange (cpi:setHeader, hci:setProperty …). */
const EXCHANGE_FUNCTIONS =
  /\b([A-Za-z_][\w.-]*):(setHeader|setProperty|getHeader|getProperty)\s*\(/;

function lineOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** Well-formedness with line and column (the processor's own parser accepts broken XML). */
function checkXml(text: string, what: string, inBody: boolean): void {
  if (!text.trim()) throw new XsltError(`${what} is empty: Premature end of file`, 1, 1, inBody);
  if (!/^\s*</.test(text))
    throw new XsltError(
      `${what} is not XML (line 1, column 1): Content is not allowed in prolog`,
      1,
      1,
      inBody,
    );
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new XsltError(
      `${what} is not well-formed XML (line ${line}, column ${col}): ${msg}`,
      line,
      col,
      inBody,
    );
  }
}

/** xsl:output's serialisation attributes of the stylesheet's top level. */
function outputOf(stylesheet: string): { method: string; omit: boolean; encoding: string } {
  const tag = /<xsl:output\b[^>]*>/.exec(stylesheet)?.[0] ?? '';
  const attr = (n: string) => new RegExp(`\\b${n}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1]?.trim();
  return {
    method: attr('method') ?? 'xml',
    omit: attr('omit-xml-declaration') === 'yes',
    encoding: attr('encoding') ?? 'UTF-8',
  };
}

/**
 * Runs an XSLT stylesheet on an XML body (xslt-processor: XSLT 1.0 with parts of 2.0/3.0;
 * README "XSLT Mapping" lists what differs from CPI's Saxon). Returns the serialised result.
 */
export async function runXslt(run: XsltRun): Promise<string> {
  const where = `the stylesheet ${run.fileName}`;
  checkXml(run.stylesheet, where, false);
  const ext = EXCHANGE_FUNCTIONS.exec(run.stylesheet);
  if (ext && /xmlns:[\w.-]+\s*=\s*["']http:\/\/sap\.com\/it\/["']/.test(run.stylesheet)) {
    const at = lineOf(run.stylesheet, ext.index);
    throw new XsltError(
      `${where}, line ${at.line}, column ${at.column}: ${ext[1]}:${ext[2]}() (CPI's access to the exchange from XSLT) is not supported by the studio's XSLT processor; set headers and properties in a Content Modifier or Script step instead`,
      at.line,
      at.column,
    );
  }
  checkXml(run.input, 'The message body', true);
  const parser = new XmlParser();
  const xslt = new Xslt({
    parameters: Object.entries(run.params).map(([name, value]) => ({ name, value })),
    fetchFunction: (href: string) => {
      const text = run.resolve(href);
      return text === undefined
        ? Promise.reject(
            new XsltError(`${where} includes "${href}", which is not a stylesheet of the flow`),
          )
        : Promise.resolve(text);
    },
  });
  // Its warnings go to the console and say little to a user (a root template beside an identity
  // template is reported as ambiguous although the root one wins, as in Saxon).
  xslt.warningsCallback = () => {};
  let out: string;
  try {
    out = await xslt.xsltProcess(parser.xmlParse(run.input), parser.xmlParse(run.stylesheet));
  } catch (e) {
    if (e instanceof XsltError) throw e;
    throw new XsltError(`${where}: ${(e as Error).message}`);
  }
  const output = outputOf(run.stylesheet);
  // Saxon (CPI) writes the XML declaration unless the stylesheet omits it.
  if (output.method === 'xml' && !output.omit && !out.startsWith('<?xml'))
    out = `<?xml version="1.0" encoding="${output.encoding}"?>${out}`;
  return out;
}
