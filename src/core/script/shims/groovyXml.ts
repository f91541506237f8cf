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
  function parseXml(s: string): any {
    let err: string | null = null;
    const doc = new DOMParser({
      onError: (level: string, msg: string) => {
        if (level !== 'warning') {
          err ??= msg.split('\n')[0] ?? msg;
          throw new Error(err);
        }
      },
    }).parseFromString(s, 'text/xml');
    if (err || !doc.documentElement) throw saxExc(err ?? 'Premature end of file.');
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
      private readonly ctx: XmlContext,
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
      return this.with(this.nodes.flatMap(elementsOf));
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
  const read = (src: any): string => {
    if (src && typeof src.drain === 'function') return src.drain();
    if (src && typeof src.readAllBytes === 'function') return env.utf8Decode(src.readAllBytes());
    return env.str(src);
  };
  class XmlSlurper {
    private readonly aware: boolean;
    /** new XmlSlurper(validating, namespaceAware): namespace-aware unless told otherwise. */
    constructor(_validating?: any, namespaceAware?: any) {
      this.aware = namespaceAware === undefined ? true : !!rt.n(namespaceAware);
    }
    parseText(s: any): GPath {
      return new GPath([parseXml(env.str(s))], { aware: this.aware, ns: new Map() });
    }
    parse(src: any): GPath {
      return new GPath([parseXml(read(src))], { aware: this.aware, ns: new Map() });
    }
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
  const XmlUtil = {
    serialize: (v: any): string => {
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
  class MarkupBuilder {
    private readonly out: string[] = [];
    private depth = 0;
    constructor(private readonly writer?: any) {}
    __gcall(name: string, args: any[]): any {
      let attrs: any = null;
      let body: any = null;
      let textValue: any = null;
      for (const a of args) {
        if (env.isMap(a)) attrs = a;
        else if (typeof a === 'function') body = a;
        else textValue = a;
      }
      const ind = '  '.repeat(this.depth);
      let open = `${ind}<${name}`;
      if (attrs)
        attrs.forEach(
          (k: any, v: any) => (open += ` ${rt.text(k)}='${escapeAttr(rt.text(v), "'")}'`),
        );
      if (body) {
        this.write(`${open}>`);
        this.depth++;
        if (textValue !== null)
          this.write('  '.repeat(this.depth) + escapeText(rt.text(textValue)));
        withDelegate(this, body);
        this.depth--;
        this.write(`${ind}</${name}>`);
      } else if (textValue !== null)
        this.write(`${open}>${escapeText(rt.text(textValue))}</${name}>`);
      else this.write(`${open} />`);
      return null;
    }
    private write(line: string): void {
      const s = (this.out.length ? '\n' : '') + line;
      this.out.push(line);
      if (this.writer && typeof this.writer.write === 'function') this.writer.write(s);
    }
    getMkp(): any {
      return {
        yield: (t: any) => this.write('  '.repeat(this.depth) + escapeText(rt.text(t))),
        yieldUnescaped: (t: any) => this.write('  '.repeat(this.depth) + rt.text(t)),
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
      return this.out.join('\n');
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
        yield: (t: any) => (this.out += escapeText(rt.text(t))),
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
    'groovy.util.XmlParser': XmlSlurper,
    'groovy.xml.XmlParser': XmlSlurper,
    'groovy.xml.XmlUtil': XmlUtil,
    'groovy.xml.MarkupBuilder': MarkupBuilder,
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
