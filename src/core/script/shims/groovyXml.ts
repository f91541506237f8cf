/* eslint-disable @typescript-eslint/no-explicit-any -- Groovy values are dynamically typed (see groovy.ts). */
/**
 * groovy.xml / groovy.util: XmlSlurper and XmlParser (GPath: root.Order.Item, node.@id, '**',
 * text(), name(), children()), XmlUtil.serialize, MarkupBuilder and StreamingMarkupBuilder.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { GroovyEnv, GroovyRuntime } from './groovy';
import { hashMapOrder } from './groovyMap';
import { javaHashCode } from './javaHash';

type Rt = Pick<GroovyRuntime, 'n' | 'text' | 'm' | 'call'>;

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function escapeAttr(s: string, quote: string): string {
  return escapeText(s).replace(quote === "'" ? /'/g : /"/g, quote === "'" ? '&apos;' : '&quot;');
}

export function installGroovyXml(env: GroovyEnv, rt: Rt): Record<string, any> {
  const saxExc = (message: string): Error => {
    const E =
      env.exceptions.SAXParseException ??
      env.defineException('org.xml.sax.SAXParseException', env.exceptions.Exception as any);
    return new E(message);
  };
  /** Java's (Xerces') words for what the XML parser found wrong. */
  const javaXmlError = (s: string, msg: string): string => {
    const start = s.replace(/^\uFEFF/, '').trimStart();
    if (!start) return 'Premature end of file.';
    if (!start.startsWith('<')) return 'Content is not allowed in prolog.';
    const tag = /tag mismatch: "([^"]*)" != "([^"]*)"/.exec(msg);
    if (tag)
      return `The element type "${tag[1]}" must be terminated by the matching end-tag "</${tag[1]}>".`;
    if (/missing root element/.test(msg)) return 'Premature end of file.';
    return msg.replace(/^.*caused Error: /s, '').split('\n')[0] ?? msg;
  };
  function parseXml(s: string | null): any {
    if (s === null || s === undefined) {
      const E = env.exceptions.NullPointerException as any;
      throw new E('Cannot invoke "String.length()" because "s" is null');
    }
    let doc: any;
    try {
      doc = new DOMParser({
        onError: (level: string, msg: string) => {
          if (level !== 'warning') throw new Error(msg.split('\n')[0] ?? msg);
        },
      }).parseFromString(s, 'text/xml');
    } catch (e) {
      throw saxExc(javaXmlError(s, String((e as Error)?.message ?? e)));
    }
    if (!doc.documentElement) throw saxExc(javaXmlError(s, ''));
    return doc.documentElement;
  }
  const elementsOf = (n: any): any[] => {
    const out: any[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT) out.push(c);
    return out;
  };
  /**
   * What a parse's results share: whether names are namespace-aware (XmlSlurper's default: names
   * are local names, `'p:name'` matches a namespace declared with declareNamespace), and the
   * prefixes declared so far.
   */
  interface XmlContext {
    aware: boolean;
    ns: Map<string, string>;
    /** Parsed by XmlParser (groovy.util.Node): XmlUtil.serialize writes it as Groovy does a Node. */
    node?: boolean;
  }
  const nameIn = (ctx: XmlContext, e: any): string =>
    ctx.aware ? (e.localName ?? e.nodeName) : e.nodeName;
  /** Whether element e answers to a GPath name: '*', a local name, or 'prefix:local'. */
  const matches = (ctx: XmlContext, e: any, name: string): boolean => {
    if (name === '*') return true;
    if (!ctx.aware) return e.nodeName === name;
    const i = name.indexOf(':');
    if (i < 0) return (e.localName ?? e.nodeName) === name;
    const uri = ctx.ns.get(name.slice(0, i));
    return uri !== undefined && e.localName === name.slice(i + 1) && (e.namespaceURI ?? '') === uri;
  };
  /** The attribute of e named `@name` (`@p:local` by a declared or the document's prefix). */
  const attrOf = (ctx: XmlContext, e: any, name: string): string | null => {
    const i = name.indexOf(':');
    if (!ctx.aware || i < 0) return e.hasAttribute(name) ? e.getAttribute(name) : null;
    const p = name.slice(0, i);
    const uri = ctx.ns.get(p) ?? e.lookupNamespaceURI(p);
    const local = name.slice(i + 1);
    return uri && e.hasAttributeNS(uri, local) ? e.getAttributeNS(uri, local) : null;
  };
  const textOf = (e: any): string => {
    let s = '';
    for (let c = e.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT || c.nodeType === CDATA) s += c.data;
      else if (c.nodeType === ELEMENT) s += textOf(c);
    }
    return s;
  };

  /** A GPath result: a list of elements (XmlSlurper's NodeChildren / XmlParser's NodeList). */
  class GPath {
    constructor(
      readonly nodes: any[],
      readonly ctx: XmlContext,
      /** For children(): the elements whose children these are (where add() inserts). */
      private readonly owners: any[] = [],
    ) {}
    private with(nodes: any[]): GPath {
      return new GPath(nodes, this.ctx);
    }
    __gtext(): string {
      return this.text();
    }
    __gprop(name: string): any {
      if (name === '**') return this.depthFirst();
      if (name === 'parent') return this.with(this.nodes.map((n) => n.parentNode).filter(Boolean));
      if (name.startsWith('@')) return this.__gattr(name.slice(1));
      const out: any[] = [];
      for (const n of this.nodes)
        for (const c of elementsOf(n)) if (matches(this.ctx, c, name)) out.push(c);
      return this.with(out);
    }
    __gattr(name: string): any {
      const vals: string[] = [];
      for (const n of this.nodes) {
        const v = attrOf(this.ctx, n, name);
        if (v !== null) vals.push(v);
      }
      return new Attr(vals);
    }
    /** Prefixes for `'p:name'` in this parse's GPath names (returns the result itself). */
    declareNamespace(map: any): GPath {
      if (env.isMap(map)) map.forEach((k: any, v: any) => this.ctx.ns.set(rt.text(k), rt.text(v)));
      return this;
    }
    namespaceURI(): string {
      return this.nodes[0]?.namespaceURI ?? '';
    }
    getAt(i: any): any {
      if (typeof i === 'string')
        return i.startsWith('@') ? this.__gattr(i.slice(1)) : this.__gprop(i);
      const n = Number(i);
      const node = this.nodes[n < 0 ? this.nodes.length + n : n];
      return this.with(node ? [node] : []);
    }
    text(): string {
      return this.nodes.map(textOf).join('');
    }
    name(): string {
      return this.nodes[0] ? nameIn(this.ctx, this.nodes[0]) : '';
    }
    localText(): string[] {
      return this.nodes.map((n) => {
        let s = '';
        for (let c = n.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT) s += c.data;
        return s;
      });
    }
    value(): any {
      return this.text();
    }
    children(): GPath {
      return new GPath(this.nodes.flatMap(elementsOf), this.ctx, this.nodes);
    }

    // ---- changes (XmlParser's Node API and XmlSlurper's replaceNode/appendNode). The studio
    // changes the document at once; XmlSlurper applies them when the result is written, so a
    // script that reads a node after replacing it sees the change here, the old node in Groovy.

    /** replaceNode { }: the node goes; a closure that builds elements puts them in its place. */
    replaceNode(fn?: any): null {
      for (const n of this.nodes) {
        const parent = n.parentNode;
        if (!parent) continue;
        for (const e of typeof fn === 'function' ? built(n.ownerDocument, fn, this.with([n])) : [])
          parent.insertBefore(e, n);
        parent.removeChild(n);
      }
      return null;
    }
    /** appendNode { Child('x') } (XmlSlurper), appendNode('name', [attrs], 'value') (XmlParser). */
    appendNode(what: any, a?: any, b?: any): any {
      const made: any[] = [];
      for (const n of this.nodes) {
        const doc = n.ownerDocument;
        if (typeof what === 'function')
          for (const e of built(doc, what, null)) made.push(n.appendChild(e));
        else {
          const e = doc.createElement(rt.text(what));
          const attrs = env.isMap(a) ? a : env.isMap(b) ? b : null;
          const value = env.isMap(a) ? b : a;
          if (attrs) attrs.forEach((k: any, v: any) => e.setAttribute(rt.text(k), rt.text(v)));
          if (value !== undefined && value !== null)
            e.appendChild(doc.createTextNode(rt.text(value)));
          made.push(n.appendChild(e));
        }
      }
      return this.with(made);
    }
    /** replaceBody(text): the node's content becomes this text. */
    replaceBody(v: any): null {
      for (const n of this.nodes) {
        while (n.firstChild) n.removeChild(n.firstChild);
        if (v !== null && v !== undefined)
          n.appendChild(n.ownerDocument.createTextNode(rt.text(v)));
      }
      return null;
    }
    setValue(v: any): null {
      return this.replaceBody(v);
    }
    /** XmlParser's node.remove(child): whether it was a child. */
    remove(child: any): boolean {
      let removed = false;
      for (const c of child instanceof GPath ? child.nodes : [])
        for (const n of this.nodes)
          if (c.parentNode === n) {
            n.removeChild(c);
            removed = true;
          }
      return removed;
    }
    /** children().add([index,] node): the node (a copy from another document) as a child. */
    add(a: any, b?: any): boolean {
      const node = b === undefined ? a : b;
      const owner = this.owners[0] ?? this.nodes[0]?.parentNode;
      if (!owner || !(node instanceof GPath)) return false;
      const kids = elementsOf(owner);
      const before = b === undefined ? null : (kids[Number(rt.n(a))] ?? null);
      for (const n of node.nodes)
        owner.insertBefore(owner.ownerDocument.importNode(n, true), before);
      return true;
    }
    /**
     * sort: a new list, except for the children() of an XmlParser node, a live list in Groovy,
     * which sort() reorders in place (and so the node's children).
     */
    sort(...args: any[]): any {
      const sorted = rt.m(this.toList(), 'sort', args);
      const owner = this.owners[0];
      if (this.ctx.node && this.owners.length === 1 && owner)
        for (const item of sorted) for (const n of item.nodes) owner.appendChild(n);
      return sorted;
    }
    /** XmlParser's node.append(otherNode). */
    append(node: any): null {
      const owner = this.nodes[0];
      if (owner && node instanceof GPath)
        for (const n of node.nodes) owner.appendChild(owner.ownerDocument.importNode(n, true));
      return null;
    }
    /**
     * The attributes as XmlSlurper's HashMap: namespaced ones as {uri}local and no namespace
     * declarations, or every attribute by its qualified name when not namespace-aware.
     */
    attributes(): any {
      const n = this.nodes[0];
      const list: { key: string; hash: number; value: string }[] = [];
      for (let i = 0; n && i < n.attributes.length; i++) {
        const a = n.attributes[i];
        if (!this.ctx.aware) list.push({ key: a.name, hash: javaHashCode(a.name), value: a.value });
        else if (a.name !== 'xmlns' && a.prefix !== 'xmlns') {
          // A namespaced attribute's key is a QName (its hash: the URI's ^ the local name's).
          const uri = a.namespaceURI;
          list.push(
            uri
              ? {
                  key: `{${uri}}${a.localName}`,
                  hash: javaHashCode(uri) ^ javaHashCode(a.localName),
                  value: a.value,
                }
              : { key: a.name, hash: javaHashCode(a.name), value: a.value },
          );
        }
      }
      // In the HashMap's order (a LinkedHashMap filled in that order iterates the same).
      const m = env.newMap();
      for (const a of hashMapOrder(list, (x) => x.hash)) m.put(a.key, a.value);
      return m;
    }
    attribute(name: string): any {
      const n = this.nodes[0];
      return n ? attrOf(this.ctx, n, name) : null;
    }
    parent(): GPath {
      return this.__gprop('parent');
    }
    depthFirst(): GPath {
      const out: any[] = [];
      const walk = (n: any): void => {
        out.push(n);
        for (const c of elementsOf(n)) walk(c);
      };
      for (const n of this.nodes) walk(n);
      return this.with(out);
    }
    breadthFirst(): GPath {
      return this.depthFirst();
    }
    size(): number {
      return this.nodes.length;
    }
    isEmpty(): boolean {
      return this.nodes.length === 0;
    }
    toList(): GPath[] {
      return this.nodes.map((n) => this.with([n]));
    }
    iterator(): any {
      const l = this.toList();
      let i = 0;
      return { hasNext: () => i < l.length, next: () => l[i++] };
    }
    asBoolean(): boolean {
      return this.nodes.length > 0;
    }
    toString(): string {
      return this.text();
    }
    equals(o: any): boolean {
      return this.text() === rt.text(o);
    }
    __gcall(name: string, args: any[]): any {
      if (name === '**') return this.depthFirst();
      return rt.m(this.text(), name, args);
    }
  }
  class Attr {
    constructor(readonly values: string[]) {}
    __gtext(): string {
      return this.text();
    }
    text(): string {
      return this.values.join('');
    }
    toString(): string {
      return this.text();
    }
    size(): number {
      return this.values.length;
    }
    toList(): string[] {
      return this.values;
    }
    asBoolean(): boolean {
      return this.values.length > 0;
    }
    equals(o: any): boolean {
      return this.text() === rt.text(o);
    }
    __gcall(name: string, args: any[]): any {
      return rt.m(this.text(), name, args);
    }
  }
  /** The elements a builder closure makes (StreamingMarkupBuilder's way), in document doc. */
  function built(doc: any, fn: any, arg: any): any[] {
    const b = new StreamingBuilder();
    delegates.push(b);
    try {
      fn(arg);
    } finally {
      delegates.pop();
    }
    if (!b.out.trim()) return [];
    const root = parseXml(`<r>${b.out}</r>`);
    const out: any[] = [];
    for (let c = root.firstChild; c; c = c.nextSibling) out.push(doc.importNode(c, true));
    return out;
  }
  /** A GPath's nodes as StreamingMarkupBuilder writes them (mkp.yield of a GPath result). */
  function compact(n: any): string {
    if (n.nodeType === TEXT || n.nodeType === CDATA) return n.data.trim() ? escapeText(n.data) : '';
    if (n.nodeType !== ELEMENT) return '';
    let open = `<${n.nodeName}`;
    for (let i = 0; i < n.attributes.length; i++)
      open += ` ${n.attributes[i].name}='${escapeAttr(n.attributes[i].value, "'")}'`;
    let inner = '';
    for (let c = n.firstChild; c; c = c.nextSibling) inner += compact(c);
    return inner ? `${open}>${inner}</${n.nodeName}>` : `${open}/>`;
  }
  const read = (src: any): string => {
    if (src && typeof src.drain === 'function') return src.drain();
    if (src && typeof src.readAllBytes === 'function') return env.utf8Decode(src.readAllBytes());
    return env.str(src);
  };
  class XmlSlurper {
    private readonly aware: boolean;
    protected readonly node: boolean = false;
    /** new XmlSlurper(validating, namespaceAware): namespace-aware unless told otherwise. */
    constructor(_validating?: any, namespaceAware?: any) {
      this.aware = namespaceAware === undefined ? true : !!rt.n(namespaceAware);
    }
    parseText(s: any): GPath {
      return new GPath(
        [parseXml(s === null || s === undefined ? null : env.str(s))],
        this.context(),
      );
    }
    parse(src: any): GPath {
      return new GPath([parseXml(read(src))], this.context());
    }
    private context(): XmlContext {
      return { aware: this.aware, ns: new Map(), node: this.node };
    }
  }
  /** XmlParser: the same GPath over the document; its results are written as Groovy's Nodes. */
  class XmlParser extends XmlSlurper {
    protected override readonly node: boolean = true;
  }

  function serialize(n: any, ind: string, out: string[]): void {
    if (n.nodeType === TEXT) {
      const t = n.data.trim();
      if (t) out.push(ind + escapeText(t));
      return;
    }
    if (n.nodeType !== ELEMENT) return;
    let open = `<${n.nodeName}`;
    for (let i = 0; i < n.attributes.length; i++)
      open += ` ${n.attributes[i].name}="${escapeAttr(n.attributes[i].value, '"')}"`;
    const kids: any[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling)
      if (c.nodeType === ELEMENT || (c.nodeType === TEXT && c.data.trim())) kids.push(c);
    if (!kids.length) out.push(`${ind}${open}/>`);
    else if (kids.length === 1 && kids[0].nodeType === TEXT)
      out.push(`${ind}${open}>${escapeText(kids[0].data)}</${n.nodeName}>`);
    else {
      out.push(`${ind}${open}>`);
      for (const k of kids) serialize(k, `${ind}  `, out);
      out.push(`${ind}</${n.nodeName}>`);
    }
  }
  /**
   * XmlUtil.serialize of an XmlParser Node, as Groovy 2.4 writes it: XmlNodePrinter's indented
   * text read back with its white space and indented again, so every line break of the printer
   * becomes a line of spaces of its own (indent + the printer's indent).
   */
  function serializeNode(n: any, depth: number, out: string[]): void {
    const ind = '  '.repeat(depth);
    let open = `<${n.nodeName}`;
    for (let i = 0; i < n.attributes.length; i++)
      open += ` ${n.attributes[i].name}="${escapeAttr(n.attributes[i].value, '"')}"`;
    const kids = elementsOf(n);
    const t = textOf(n);
    if (!kids.length) {
      out.push(t ? `${ind}${open}>${escapeText(t)}</${n.nodeName}>` : `${ind}${open}/>`);
      return;
    }
    out.push(`${ind}${open}>`);
    for (const k of kids) {
      out.push(ind + '  '.repeat(depth + 2));
      serializeNode(k, depth + 1, out);
    }
    out.push(ind + '  ' + ind);
    out.push(`${ind}</${n.nodeName}>`);
  }
  const XmlUtil = {
    serialize: (v: any): string => {
      if (v instanceof GPath && v.ctx.node && v.nodes[0]) {
        const lines: string[] = [];
        serializeNode(v.nodes[0], 0, lines);
        return `<?xml version="1.0" encoding="UTF-8"?>${lines.join('\n')}\n`;
      }
      // A StreamingMarkupBuilder's Writable: its text.
      if (v && typeof v === 'object' && !(v instanceof GPath) && typeof v.writeTo === 'function')
        v = rt.text(v);
      const node =
        v instanceof GPath
          ? v.nodes[0]
          : typeof rt.n(v) === 'string'
            ? parseXml(rt.n(v))
            : (v?.documentElement ?? v);
      const out: string[] = [];
      serialize(node, '', out);
      return `<?xml version="1.0" encoding="UTF-8"?>${out.join('\n')}\n`;
    },
    escapeXml: (s: any) => escapeAttr(env.str(s), '"').replace(/'/g, '&apos;'),
  };

  /** The builders: bare calls inside their closures become elements (see the runtime's `bare`). */
  /** groovy.util.IndentPrinter: where a MarkupBuilder writes, with its indent and line breaks. */
  class IndentPrinter {
    readonly indent: string;
    readonly newLines: boolean;
    constructor(
      readonly writer?: any,
      indent?: any,
      addNewLines?: any,
    ) {
      this.indent = indent === undefined ? '  ' : rt.text(indent);
      this.newLines = addNewLines === undefined ? true : !!rt.n(addNewLines);
    }
  }
  class MarkupBuilder {
    private readonly out: string[] = [];
    private depth = 0;
    private readonly writer?: any;
    private readonly unit: string = '  ';
    private readonly nl: boolean = true;
    constructor(writer?: any) {
      if (writer instanceof IndentPrinter) {
        this.writer = writer.writer;
        this.unit = writer.indent;
        this.nl = writer.newLines;
      } else this.writer = writer;
    }
    __gcall(name: string, args: any[]): any {
      let attrs: any = null;
      let body: any = null;
      let textValue: any = null;
      for (const a of args) {
        if (env.isMap(a)) attrs = a;
        else if (typeof a === 'function') body = a;
        else textValue = a;
      }
      const ind = this.unit.repeat(this.depth);
      let open = `${ind}<${name}`;
      if (attrs)
        attrs.forEach(
          (k: any, v: any) => (open += ` ${rt.text(k)}='${escapeAttr(rt.text(v), "'")}'`),
        );
      if (body) {
        this.write(`${open}>`);
        this.depth++;
        if (textValue !== null)
          this.write(this.unit.repeat(this.depth) + escapeText(rt.text(textValue)));
        withDelegate(this, body);
        this.depth--;
        this.write(`${ind}</${name}>`);
      } else if (textValue !== null)
        this.write(`${open}>${escapeText(rt.text(textValue))}</${name}>`);
      else this.write(`${open} />`);
      return null;
    }
    private write(line: string): void {
      const s = (this.out.length && this.nl ? '\n' : '') + line;
      this.out.push(line);
      if (this.writer && typeof this.writer.write === 'function') this.writer.write(s);
    }
    getMkp(): any {
      return {
        yield: (t: any) => this.write(this.unit.repeat(this.depth) + escapeText(rt.text(t))),
        yieldUnescaped: (t: any) => this.write(this.unit.repeat(this.depth) + rt.text(t)),
        // <?xml version='1.0' encoding='UTF-8'?> on a line of its own, attributes as given.
        xmlDeclaration: (attrs?: any) => {
          let decl = '<?xml';
          if (env.isMap(attrs))
            attrs.forEach(
              (k: any, v: any) => (decl += ` ${rt.text(k)}='${escapeAttr(rt.text(v), "'")}'`),
            );
          this.write(`${decl}?>`);
        },
      };
    }
    toString(): string {
      return this.out.join(this.nl ? '\n' : '');
    }
  }
  class StreamingBuilder {
    out = '';
    __gcall(name: string, args: any[]): any {
      if (name === 'mkp') return null;
      let attrs: any = null;
      let body: any = null;
      let textValue: any = null;
      for (const a of args) {
        if (env.isMap(a)) attrs = a;
        else if (typeof a === 'function') body = a;
        else textValue = a;
      }
      let open = `<${name}`;
      if (attrs)
        attrs.forEach(
          (k: any, v: any) => (open += ` ${rt.text(k)}='${escapeAttr(rt.text(v), "'")}'`),
        );
      if (!body && textValue === null) {
        this.out += `${open}/>`;
        return null;
      }
      this.out += `${open}>`;
      if (textValue !== null) this.out += escapeText(rt.text(textValue));
      if (body) withDelegate(this, body);
      this.out += `</${name}>`;
      return null;
    }
    getMkp(): any {
      return {
        yield: (t: any) =>
          (this.out += t instanceof GPath ? t.nodes.map(compact).join('') : escapeText(rt.text(t))),
        yieldUnescaped: (t: any) => (this.out += rt.text(t)),
        xmlDeclaration: () => (this.out = `<?xml version='1.0'?>\n${this.out}`),
      };
    }
  }
  class StreamingMarkupBuilder {
    encoding = 'UTF-8';
    bind(fn: any): any {
      const b = new StreamingBuilder();
      withDelegate(b, fn);
      return { toString: () => b.out, writeTo: (w: any) => w.write(b.out) };
    }
  }
  return {
    'groovy.util.XmlSlurper': XmlSlurper,
    'groovy.xml.XmlSlurper': XmlSlurper,
    'groovy.util.XmlParser': XmlParser,
    'groovy.xml.XmlParser': XmlParser,
    'groovy.xml.XmlUtil': XmlUtil,
    'groovy.xml.MarkupBuilder': MarkupBuilder,
    'groovy.util.IndentPrinter': IndentPrinter,
    'groovy.xml.StreamingMarkupBuilder': StreamingMarkupBuilder,
    'groovy.util.slurpersupport.GPathResult': GPath,
  };
}

/** The closure's bare calls go to `delegate` while it runs (builders). */
const delegates: any[] = [];
export function withDelegate(delegate: any, fn: any): any {
  delegates.push(delegate);
  try {
    return fn(delegate);
  } finally {
    delegates.pop();
  }
}
export function currentDelegate(): any {
  return delegates.length ? delegates[delegates.length - 1] : null;
}
