/* eslint-disable @typescript-eslint/no-explicit-any -- Groovy values are dynamically typed (see groovy.ts). */
/**
 * groovy.xml / groovy.util: XmlSlurper and XmlParser (GPath: root.Order.Item, node.@id, '**',
 * text(), name(), children()), XmlUtil.serialize, MarkupBuilder and StreamingMarkupBuilder.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { GroovyEnv, GroovyRuntime } from './groovy';

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
  const nameOf = (e: any): string => e.localName ?? e.nodeName;
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
    constructor(readonly nodes: any[]) {}
    __gtext(): string {
      return this.text();
    }
    __gprop(name: string): any {
      if (name === '**') return this.depthFirst();
      if (name === 'parent') return new GPath(this.nodes.map((n) => n.parentNode).filter(Boolean));
      const out: any[] = [];
      for (const n of this.nodes)
        for (const c of elementsOf(n)) if (name === '*' || nameOf(c) === name) out.push(c);
      return new GPath(out);
    }
    __gattr(name: string): any {
      const vals = this.nodes.filter((n) => n.hasAttribute(name)).map((n) => n.getAttribute(name));
      return new Attr(vals);
    }
    getAt(i: any): any {
      if (typeof i === 'string')
        return i.startsWith('@') ? this.__gattr(i.slice(1)) : this.__gprop(i);
      const n = Number(i);
      const node = this.nodes[n < 0 ? this.nodes.length + n : n];
      return new GPath(node ? [node] : []);
    }
    text(): string {
      return this.nodes.map(textOf).join('');
    }
    name(): string {
      return this.nodes[0] ? nameOf(this.nodes[0]) : '';
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
      return new GPath(this.nodes.flatMap(elementsOf));
    }
    attributes(): any {
      const m = env.newMap();
      const n = this.nodes[0];
      if (n)
        for (let i = 0; i < n.attributes.length; i++)
          m.put(n.attributes[i].name, n.attributes[i].value);
      return m;
    }
    attribute(name: string): any {
      const n = this.nodes[0];
      return n && n.hasAttribute(name) ? n.getAttribute(name) : null;
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
      return new GPath(out);
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
      return this.nodes.map((n) => new GPath([n]));
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
    parseText(s: any): GPath {
      return new GPath([parseXml(env.str(s))]);
    }
    parse(src: any): GPath {
      return new GPath([parseXml(read(src))]);
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
