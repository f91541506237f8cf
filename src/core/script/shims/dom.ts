// javax.xml.parsers / org.w3c.dom / javax.xml.transform for scripts, over @xmldom/xmldom (bundled
// into the sandbox with the other shims). Java's DOM is the W3C DOM with getters: the xmldom
// prototypes get Java's getX()/setX() methods for the W3C properties, text comes back as Java
// strings, and errors are Java exceptions (SAXParseException, TransformerException).
import {
  Attr,
  Document,
  DOMParser,
  Element,
  LiveNodeList,
  NamedNodeMap,
  Node,
  NodeList,
  XMLSerializer,
} from '@xmldom/xmldom';
import * as xmldom from '@xmldom/xmldom';
import type { ClassTable, ShimEnv } from './env';
import type { InputStream, Reader } from './streams';

/** W3C properties that Java's DOM exposes as getters (getNodeName(), getTextContent(), …). */
const GETTERS = [
  'nodeName',
  'nodeValue',
  'nodeType',
  'textContent',
  'firstChild',
  'lastChild',
  'nextSibling',
  'previousSibling',
  'parentNode',
  'childNodes',
  'attributes',
  'localName',
  'namespaceURI',
  'prefix',
  'ownerDocument',
  'documentElement',
  'tagName',
  'data',
  'name',
  'value',
  'ownerElement',
];
const SETTERS = ['nodeValue', 'textContent', 'data', 'value', 'prefix'];

function cap(name: string): string {
  return name[0]!.toUpperCase() + name.slice(1);
}

function define(proto: object, name: string, fn: (...args: never[]) => unknown): void {
  if (!Object.prototype.hasOwnProperty.call(proto, name)) {
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true });
  }
}

/**
 * The sandbox freezes every prototype after the prelude; xmldom assigns to its nodes properties its
 * prototypes define (node.ownerDocument = …), which a frozen prototype forbids (the "override
 * mistake"). As the sandbox's own hardening does for built-ins: such data properties become
 * accessors whose setter defines the property on the node itself.
 */
function tameOverrides(proto: object): void {
  for (const key of Object.getOwnPropertyNames(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, key);
    if (!d || !('value' in d) || !d.configurable || key === 'constructor') continue;
    let value: unknown = d.value;
    Object.defineProperty(proto, key, {
      get() {
        return value;
      },
      set(this: object, v: unknown) {
        if (this === proto) value = v;
        else
          Object.defineProperty(this, key, {
            value: v,
            writable: true,
            enumerable: true,
            configurable: true,
          });
      },
      enumerable: d.enumerable,
      configurable: true,
    });
  }
}

function javaDom(env: ShimEnv): void {
  for (const exported of Object.values(xmldom)) {
    if (typeof exported === 'function' && exported.prototype)
      tameOverrides(exported.prototype as object);
  }
  const out = (v: unknown): unknown => (typeof v === 'string' ? env.jstr(v) : (v ?? null));
  for (const name of GETTERS) {
    define(Node.prototype, `get${cap(name)}`, function (this: Record<string, unknown>) {
      return out(this[name]);
    });
  }
  for (const name of SETTERS) {
    define(Node.prototype, `set${cap(name)}`, function (this: Record<string, unknown>, v: unknown) {
      this[name] = v === null || v === undefined ? '' : env.str(v);
    });
  }
  for (const proto of [NodeList.prototype, LiveNodeList.prototype, NamedNodeMap.prototype]) {
    define(proto, 'getLength', function (this: { length: number }) {
      return this.length;
    });
  }
  // Text-returning W3C methods hand out Java strings.
  const element = Element.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const name of ['getAttribute', 'getAttributeNS']) {
    const w3c = element[name];
    if (typeof w3c !== 'function') continue;
    Object.defineProperty(element, name, {
      value: function (this: unknown, ...args: unknown[]) {
        return env.jstr(
          String(
            w3c.apply(
              this,
              args.map((a) => (a === null ? a : env.str(a))),
            ) ?? '',
          ),
        );
      },
      writable: true,
      configurable: true,
    });
  }
  void Attr;
  void Document;
}

/** Java's parser (Xerces) words the commonest error differently; use its words where we know them. */
function xercesWording(message: string): string {
  const mismatch = /^Opening and ending tag mismatch: "([^"]+)" != "([^"]+)"/.exec(message);
  if (mismatch) {
    return `The element type "${mismatch[1]}" must be terminated by the matching end-tag "</${mismatch[1]}>".`;
  }
  return message;
}

function textOf(env: ShimEnv, source: unknown): string {
  if (source && typeof (source as InputStream).readAllBytes === 'function') {
    return env.utf8Decode((source as InputStream).readAllBytes());
  }
  if (source instanceof InputSource) return source.text(env);
  if (source && typeof (source as Reader).drain === 'function') return (source as Reader).drain();
  const E = env.exceptions.IllegalArgumentException;
  const message =
    'DocumentBuilder.parse takes an InputStream or an InputSource here (a String is a URI in Java, and the studio reads no URIs)';
  throw E ? env.jthrow(E, message) : new Error(message);
}

/** org.xml.sax.InputSource over a Reader or an InputStream. */
export class InputSource {
  constructor(private readonly source: unknown) {}
  text(env: ShimEnv): string {
    return textOf(env, this.source);
  }
}

export function installDom(env: ShimEnv): ClassTable {
  javaDom(env);
  const sax =
    env.exceptions.SAXException ??
    env.defineException('org.xml.sax.SAXException', env.exceptions.Exception);
  const saxParse =
    env.exceptions.SAXParseException ?? env.defineException('org.xml.sax.SAXParseException', sax);
  const transformerError =
    env.exceptions.TransformerException ??
    env.defineException('javax.xml.transform.TransformerException', env.exceptions.Exception);

  const parse = (text: string, namespaceAware: boolean): Document => {
    let failure: string | null = null;
    const parser = new DOMParser({
      onError: (level: string, message: string) => {
        if (level === 'warning') return;
        failure ??= message.split('\n')[0] ?? message;
        throw new Error(failure);
      },
    });
    void namespaceAware;
    try {
      return parser.parseFromString(text, 'text/xml');
    } catch (e) {
      throw env.jthrow(saxParse, xercesWording(failure ?? String((e as Error).message)));
    }
  };
  // message.getBody(org.w3c.dom.Document): the body parsed (as Camel's converter does).
  define(Document as unknown as object, 'fromMessageValue', (v: never) => parse(env.str(v), true));
  class DocumentBuilder {
    constructor(private readonly namespaceAware: boolean) {}
    parse(source: unknown): Document {
      return parse(textOf(env, source), this.namespaceAware);
    }
    newDocument(): Document {
      return parse('<_/>', this.namespaceAware).implementation.createDocument(null, '', null);
    }
  }
  class DocumentBuilderFactory {
    private namespaceAware = false;
    static newInstance(): DocumentBuilderFactory {
      return new DocumentBuilderFactory();
    }
    setNamespaceAware(v: boolean): void {
      this.namespaceAware = !!v;
    }
    setValidating(): void {}
    setIgnoringComments(): void {}
    setFeature(): void {}
    setExpandEntityReferences(): void {}
    newDocumentBuilder(): DocumentBuilder {
      return new DocumentBuilder(this.namespaceAware);
    }
  }
  class StringWriter {
    private buffer = '';
    write(s: unknown): void {
      this.buffer += env.str(s);
    }
    append(s: unknown): StringWriter {
      this.buffer += env.str(s);
      return this;
    }
    getBuffer(): unknown {
      return env.jstr(this.buffer);
    }
    toString(): unknown {
      return env.jstr(this.buffer);
    }
    flush(): void {}
    close(): void {}
  }
  class DOMSource {
    constructor(readonly node: Node) {}
  }
  class StreamResult {
    constructor(readonly target: { write(s: unknown): void }) {}
  }
  class Transformer {
    private props: Record<string, string> = {};
    setOutputProperty(k: unknown, v: unknown): void {
      this.props[env.str(k)] = env.str(v);
    }
    transform(source: DOMSource, result: StreamResult): void {
      if (!(source instanceof DOMSource) || !(result instanceof StreamResult)) {
        throw env.jthrow(transformerError, 'Only DOMSource to StreamResult is supported here');
      }
      const xml = new XMLSerializer().serializeToString(source.node);
      const omit = this.props['omit-xml-declaration'] === 'yes';
      const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>';
      result.target.write(omit || source.node.nodeType !== 9 ? xml : declaration + xml);
    }
  }
  class TransformerFactory {
    static newInstance(): TransformerFactory {
      return new TransformerFactory();
    }
    newTransformer(): Transformer {
      return new Transformer();
    }
  }
  const OutputKeys = {
    OMIT_XML_DECLARATION: 'omit-xml-declaration',
    INDENT: 'indent',
    ENCODING: 'encoding',
    METHOD: 'method',
  };
  return {
    'javax.xml.parsers.DocumentBuilderFactory': DocumentBuilderFactory,
    'javax.xml.parsers.DocumentBuilder': DocumentBuilder,
    'javax.xml.transform.TransformerFactory': TransformerFactory,
    'javax.xml.transform.Transformer': Transformer,
    'javax.xml.transform.OutputKeys': OutputKeys,
    'javax.xml.transform.dom.DOMSource': DOMSource,
    'javax.xml.transform.stream.StreamResult': StreamResult,
    'java.io.StringWriter': StringWriter,
    'org.xml.sax.InputSource': InputSource,
    'org.w3c.dom.Node': Node,
    'org.w3c.dom.Element': Element,
    'org.w3c.dom.Document': Document,
    'org.w3c.dom.NodeList': NodeList,
  };
}
