/**
 * Groovy → JavaScript for the script sandbox. The Lezer tree of groovy.grammar is walked once per
 * script version (cached) and written as JavaScript that calls the Groovy runtime `$g` (the prelude's
 * GDK, src/core/script/shims/groovy.ts) for everything Groovy decides at run time: property and
 * method dispatch, ==, truth, arithmetic, GStrings. Every statement starts a line of its own, and
 * `lineMap[jsLine]` is the Groovy line and column of the statement it belongs to, so errors point
 * at the Groovy source.
 */
import type { SyntaxNode } from '@lezer/common';
import { parser } from './grammar/parser.generated';

export interface GroovyPosition {
  line: number;
  column: number;
}

export type TranslateResult =
  | { js: string; lineMap: GroovyPosition[] }
  | { error: { type: string; message: string; line: number; column: number } };

/** Classes every Groovy script sees without an import (Groovy's default imports), by simple name. */
const DEFAULT_PACKAGES = [
  'java.lang',
  'java.util',
  'java.io',
  'java.net',
  'groovy.lang',
  'groovy.util',
];
const KNOWN: Record<string, string> = {
  BigDecimal: 'java.math.BigDecimal',
  BigInteger: 'java.math.BigInteger',
  String: 'java.lang.String',
  Integer: 'java.lang.Integer',
  Long: 'java.lang.Long',
  Double: 'java.lang.Double',
  Float: 'java.lang.Float',
  Boolean: 'java.lang.Boolean',
  Math: 'java.lang.Math',
  System: 'java.lang.System',
  StringBuilder: 'java.lang.StringBuilder',
  StringBuffer: 'java.lang.StringBuffer',
  Character: 'java.lang.Character',
  Object: 'java.lang.Object',
  Exception: 'java.lang.Exception',
  RuntimeException: 'java.lang.RuntimeException',
  Throwable: 'java.lang.Throwable',
  IllegalArgumentException: 'java.lang.IllegalArgumentException',
  IllegalStateException: 'java.lang.IllegalStateException',
  NullPointerException: 'java.lang.NullPointerException',
  NumberFormatException: 'java.lang.NumberFormatException',
  IndexOutOfBoundsException: 'java.lang.IndexOutOfBoundsException',
  UnsupportedOperationException: 'java.lang.UnsupportedOperationException',
  HashMap: 'java.util.HashMap',
  LinkedHashMap: 'java.util.LinkedHashMap',
  TreeMap: 'java.util.TreeMap',
  Map: 'java.util.Map',
  List: 'java.util.List',
  ArrayList: 'java.util.ArrayList',
  LinkedList: 'java.util.LinkedList',
  Set: 'java.util.Set',
  HashSet: 'java.util.HashSet',
  LinkedHashSet: 'java.util.LinkedHashSet',
  TreeSet: 'java.util.TreeSet',
  Date: 'java.util.Date',
  UUID: 'java.util.UUID',
  Base64: 'java.util.Base64',
  TimeZone: 'java.util.TimeZone',
  Arrays: 'java.util.Arrays',
  Collections: 'java.util.Collections',
  Iterator: 'java.util.Iterator',
  NoSuchElementException: 'java.util.NoSuchElementException',
  IOException: 'java.io.IOException',
  StringWriter: 'java.io.StringWriter',
  StringReader: 'java.io.StringReader',
  Reader: 'java.io.Reader',
  InputStream: 'java.io.InputStream',
  BufferedReader: 'java.io.BufferedReader',
  InputStreamReader: 'java.io.InputStreamReader',
  ByteArrayInputStream: 'java.io.ByteArrayInputStream',
  ByteArrayOutputStream: 'java.io.ByteArrayOutputStream',
  URLEncoder: 'java.net.URLEncoder',
  URLDecoder: 'java.net.URLDecoder',
  XmlSlurper: 'groovy.util.XmlSlurper',
  XmlParser: 'groovy.util.XmlParser',
  Range: 'groovy.lang.Range',
};

/** Groovy that the studio refuses before running, by method or class name. */
const REFUSED_CALLS: Record<string, string> = {
  execute: 'execute (running processes)',
  getMetaClass: 'metaClass',
  invokeMethod: 'invokeMethod',
  setMetaClass: 'metaClass',
};
const REFUSED_CLASSES: Record<string, string> = {
  Thread: 'threads',
  File: 'file IO',
  FileReader: 'file IO',
  FileWriter: 'file IO',
  URL: 'network IO',
  Socket: 'network IO',
  GroovyShell: 'GroovyShell',
  Eval: 'Eval',
  ProcessBuilder: 'processes',
  Runtime: 'Runtime',
};

const JS_RESERVED = new Set([
  'arguments',
  'await',
  'delete',
  'eval',
  'export',
  'function',
  'let',
  'typeof',
  'var',
  'with',
  'yield',
  'undefined',
  'NaN',
  'Infinity',
  'debugger',
  'void',
  'enum',
  'implements',
  'interface',
  'package',
  'private',
  'protected',
  'public',
  'static',
  'globalThis',
  'constructor',
]);

class Unsupported extends Error {
  constructor(
    message: string,
    readonly node: SyntaxNode,
  ) {
    super(message);
  }
}

interface Scope {
  vars: Set<string>;
  parent: Scope | null;
  /** Inside a class: its fields and methods are reached through `this`. */
  klass?: { fields: Set<string>; methods: Set<string>; statics: Set<string>; name: string };
}

/** The children of a node, without comments (they may sit anywhere, e.g. between `}` and `else`). */
function kids(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling)
    if (c.name !== 'LineComment' && c.name !== 'BlockComment') out.push(c);
  return out;
}
function child(n: SyntaxNode, name: string): SyntaxNode | null {
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name === name) return c;
  return null;
}
function children(n: SyntaxNode, name: string): SyntaxNode[] {
  return kids(n).filter((c) => c.name === name);
}

const STATEMENTS = new Set([
  'LocalVariableDeclaration',
  'MultipleAssignment',
  'ExpressionStatement',
  'CommandStatement',
  'IfStatement',
  'WhileStatement',
  'DoStatement',
  'ForStatement',
  'ForInStatement',
  'SwitchStatement',
  'TryStatement',
  'ReturnStatement',
  'ThrowStatement',
  'BreakStatement',
  'ContinueStatement',
  'AssertStatement',
  'SynchronizedStatement',
  'LabeledStatement',
  'Block',
  'ClassDeclaration',
]);

class Translator {
  private imports = new Map<string, string>();
  private starImports: string[] = [];
  private scriptMethods = new Set<string>();
  private scriptClasses = new Set<string>();
  private temp = 0;
  private lineOf: (pos: number) => GroovyPosition;

  constructor(private readonly src: string) {
    const starts = [0];
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) starts.push(i + 1);
    this.lineOf = (pos) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= pos) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: pos - starts[lo]! + 1 };
    };
  }

  text(n: SyntaxNode): string {
    return this.src.slice(n.from, n.to);
  }

  /** A marker at the start of a statement's line: `/*@line:column*\/`, read back into lineMap. */
  mark(n: SyntaxNode): string {
    const p = this.lineOf(n.from);
    return `\n/*@${p.line}:${p.column}*/`;
  }

  fail(n: SyntaxNode, what: string): never {
    const p = this.lineOf(n.from);
    throw new Unsupported(
      `Groovy feature ${what} is not supported in the studio (line ${p.line})`,
      n,
    );
  }

  script(top: SyntaxNode): string {
    const items = kids(top);
    for (const it of items) {
      if (it.name === 'MethodDeclaration') {
        const name = child(it, 'Definition');
        if (name) this.scriptMethods.add(this.text(name));
      } else if (it.name === 'ClassDeclaration') {
        const name = child(it, 'Definition');
        if (name) this.scriptClasses.add(this.text(name));
      } else if (it.name === 'ImportDeclaration') this.importDecl(it);
    }
    // Groovy's methods see the script's @Field variables and its binding (names assigned without
    // a declaration), not its local variables (`def x`, `String s` at script level): those are
    // locals of the script's run(). @Field variables are declared first, the methods after them,
    // then the script's statements in a block of their own, so that no method sees its locals.
    const fields: Scope = { vars: new Set(), parent: null };
    const scope: Scope = { vars: new Set(), parent: fields };
    const isField = (it: SyntaxNode): boolean =>
      it.name === 'LocalVariableDeclaration' &&
      (child(it, 'Modifiers')
        ?.getChildren('Annotation')
        .some((a) => /^(groovy\.transform\.)?Field$/.test(this.text(child(a, 'QualifiedName')!))) ??
        false);
    let out = 'var $g = __groovy;';
    for (const it of items) {
      if (it.name === 'ClassDeclaration')
        out += this.classDecl(it, { vars: new Set(), parent: null });
    }
    for (const it of items) if (isField(it)) out += this.statement(it, fields);
    for (const it of items) {
      if (it.name === 'MethodDeclaration') out += this.method(it, fields, false);
    }
    out += '{';
    for (const it of items) {
      if (STATEMENTS.has(it.name) && it.name !== 'ClassDeclaration' && !isField(it))
        out += this.statement(it, scope);
    }
    return `${out}\n}`;
  }

  importDecl(n: SyntaxNode): void {
    const q = child(n, 'QualifiedName');
    if (!q) return;
    const name = this.text(q).replace(/\s+/g, '');
    const alias = child(n, 'as') ? child(n, 'Identifier') : null;
    if (name.endsWith('.*')) {
      this.starImports.push(name.slice(0, -2));
      return;
    }
    if (child(n, 'static')) return;
    const simple = alias ? this.text(alias) : name.slice(name.lastIndexOf('.') + 1);
    this.imports.set(simple, name);
  }

  qualify(simple: string): string {
    const imported = this.imports.get(simple);
    if (imported) return imported;
    if (Object.hasOwn(KNOWN, simple)) return KNOWN[simple]!;
    return [...this.starImports, ...DEFAULT_PACKAGES].map((p) => `${p}.${simple}`).join('|');
  }

  classRef(simple: string, n: SyntaxNode): string {
    if (Object.hasOwn(REFUSED_CLASSES, simple)) this.fail(n, REFUSED_CLASSES[simple]!);
    if (this.scriptClasses.has(simple)) return this.ident(simple);
    return `$g.cls(${JSON.stringify(this.qualify(simple))})`;
  }

  typeName(n: SyntaxNode | null): string {
    if (!n) return 'Object';
    return this.text(n).replace(/\s+/g, '');
  }

  typeRef(n: SyntaxNode): string {
    const full = this.typeName(n).replace(/<.*$/, '');
    if (/^byte\[\]$/.test(full)) return '$g.cls("byte[]")';
    const t = full.replace(/\[\]$/, '');
    if (t.includes('.')) {
      const simple = t.slice(t.lastIndexOf('.') + 1);
      if (Object.hasOwn(REFUSED_CLASSES, simple)) this.fail(n, REFUSED_CLASSES[simple]!);
      return `$g.cls(${JSON.stringify(t)})`;
    }
    return this.classRef(t, n);
  }

  ident(name: string): string {
    return JS_RESERVED.has(name) ? `$${name}` : name;
  }

  declare(scope: Scope, name: string): string {
    scope.vars.add(name);
    return this.ident(name);
  }

  lookup(scope: Scope | null, name: string): Scope | null {
    for (let s = scope; s; s = s.parent) if (s.vars.has(name)) return s;
    return null;
  }
  classOf(scope: Scope | null): Scope['klass'] | undefined {
    for (let s = scope; s; s = s.parent) if (s.klass) return s.klass;
    return undefined;
  }

  // ---- declarations

  /** Parameter names, and the statements that give omitted ones their default values. */
  params(n: SyntaxNode | null, scope: Scope): [string, string] {
    if (!n) return ['', ''];
    let defaults = '';
    const names = children(n, 'FormalParameter').map((p) => {
      const name = this.declare(scope, this.text(child(p, 'Definition')!));
      if (p.lastChild && p.getChild('Equals'))
        defaults += `if (${name} === undefined) ${name} = ${this.expr(p.lastChild, scope)};`;
      return name;
    });
    return [names.join(', '), defaults];
  }

  method(n: SyntaxNode, outer: Scope, inClass: boolean): string {
    const nameNode = child(n, 'Definition')!;
    const name = this.text(nameNode);
    const scope: Scope = { vars: new Set(), parent: outer };
    const [params, defaults] = this.params(child(n, 'FormalParameters'), scope);
    const body = defaults + this.body(child(n, 'Block')!, scope, true);
    const mods = child(n, 'Modifiers');
    const isStatic = mods ? /\bstatic\b/.test(this.text(mods)) : false;
    if (inClass)
      return `${this.mark(n)}${isStatic ? '' : 'prototype.'}${this.ident(name)} = function (${params}) {${body}\n};`;
    return `${this.mark(n)}function ${this.ident(name)}(${params}) {${body}\n}`;
  }

  classDecl(n: SyntaxNode, outer: Scope): string {
    const name = this.text(child(n, 'Definition')!);
    const body = child(n, 'ClassBody')!;
    const fields = new Set<string>();
    const methods = new Set<string>();
    const statics = new Set<string>();
    for (const m of kids(body)) {
      if (m.name === 'FieldDeclaration')
        for (const d of children(m, 'VariableDeclarator'))
          fields.add(this.text(child(d, 'Definition')!));
      if (m.name === 'MethodDeclaration') {
        const mn = this.text(child(m, 'Definition')!);
        methods.add(mn);
        const mods = child(m, 'Modifiers');
        if (mods && /\bstatic\b/.test(this.text(mods))) statics.add(mn);
      }
    }
    const scope: Scope = {
      vars: new Set(),
      parent: outer,
      klass: { fields, methods, statics, name },
    };
    let init = '';
    let staticInit = '';
    const C = this.ident(name);
    let out = '';
    let ctor = '';
    for (const m of kids(body)) {
      if (m.name === 'FieldDeclaration') {
        const isStatic = /\bstatic\b/.test(
          this.text(child(m, 'Modifiers') ?? m).split('=')[0] ?? '',
        );
        for (const d of children(m, 'VariableDeclarator')) {
          const f = this.text(child(d, 'Definition')!);
          const e = d.getChild('Equals') && d.lastChild ? this.expr(d.lastChild, scope) : 'null';
          if (isStatic) staticInit += `${this.ident(name)}.${f} = ${e};`;
          else init += `this.${f} = ${e};`;
        }
      } else if (m.name === 'MethodDeclaration') {
        const mn = this.text(child(m, 'Definition')!);
        if (mn === name) ctor = this.ctor(m, scope);
        else out += `${C}.${this.method(m, scope, true).replace(/^\n\/\*@\d+:\d+\*\//, '')}`;
      } else if (m.name === 'ConstructorDeclaration') ctor = this.ctor(m, scope);
    }
    let head = `${this.mark(n)}function ${C}() { ${init} }`;
    if (ctor) head += `\n${C}.prototype.${ctor.replace(/^\n\/\*@\d+:\d+\*\//, '')}`;
    return `${head}\n${out}\n${C}.__groovyClass = true; ${C}.__hasCtor = ${ctor ? 'true' : 'false'}; ${C}.__groovyName = ${JSON.stringify(name)};${staticInit}`;
  }

  ctor(m: SyntaxNode, outer: Scope): string {
    const scope: Scope = { vars: new Set(), parent: outer };
    const [params, defaults] = this.params(child(m, 'FormalParameters'), scope);
    return `${this.mark(m)}__init = function (${params}) {${defaults}${this.body(child(m, 'Block')!, scope, false)}\n};`;
  }

  // ---- statements

  body(block: SyntaxNode, outer: Scope, implicitReturn: boolean): string {
    const scope: Scope = { vars: new Set(), parent: outer };
    const stmts = kids(block).filter((k) => STATEMENTS.has(k.name));
    return stmts
      .map((s, i) => this.statement(s, scope, implicitReturn && i === stmts.length - 1))
      .join('');
  }

  statement(n: SyntaxNode, scope: Scope, last = false): string {
    const m = this.mark(n);
    switch (n.name) {
      case 'ExpressionStatement':
      case 'CommandStatement': {
        const e = n.firstChild!;
        return last ? `${m}return ${this.expr(e, scope)};` : `${m}${this.expr(e, scope)};`;
      }
      case 'LocalVariableDeclaration':
        return m + this.localVar(n, scope) + (last ? 'return null;' : '');
      case 'MultipleAssignment': {
        const names = children(n, 'Definition').map((d) => this.declare(scope, this.text(d)));
        return `${m}let [${names.join(', ')}] = $g.list(${this.expr(n.lastChild!.prevSibling!.name === 'insertSemi' || n.lastChild!.name === ';' ? this.lastExpr(n) : n.lastChild!, scope)});`;
      }
      case 'IfStatement': {
        const parts = kids(n);
        const cond = child(n, 'ParenthesizedExpression')!;
        const bodies = parts.filter(
          (p) => p.from !== cond.from && p.name !== 'if' && p.name !== 'else',
        );
        let out = `${m}if ($g.t(${this.expr(cond.firstChild!.nextSibling!, scope)})) ${this.sub(bodies[0]!, scope, last)}`;
        if (bodies[1]) out += ` else ${this.sub(bodies[1], scope, last)}`;
        return out;
      }
      case 'WhileStatement': {
        const cond = child(n, 'ParenthesizedExpression')!;
        return `${m}while ($g.t(${this.expr(cond.firstChild!.nextSibling!, scope)})) ${this.sub(n.lastChild!, scope, false)}`;
      }
      case 'DoStatement': {
        const cond = child(n, 'ParenthesizedExpression')!;
        const body = kids(n)[1]!;
        return `${m}do ${this.sub(body, scope, false)} while ($g.t(${this.expr(cond.firstChild!.nextSibling!, scope)}));`;
      }
      case 'ForStatement': {
        const spec = child(n, 'ForSpec')!;
        const inner: Scope = { vars: new Set(), parent: scope };
        const parts: string[] = ['', '', ''];
        let slot = 0;
        for (const k of kids(spec)) {
          if (k.name === ';') slot++;
          else if (k.name === '(' || k.name === ')' || k.name === ',') continue;
          else if (k.name === 'LocalVariableDeclaration')
            parts[0] = this.localVar(k, inner).replace(/;$/, '');
          else {
            const e = this.expr(k, inner);
            parts[slot] = parts[slot] ? `${parts[slot]}, ${e}` : slot === 1 ? `$g.t(${e})` : e;
          }
        }
        return `${m}for (${parts[0]}; ${parts[1]}; ${parts[2]}) ${this.sub(n.lastChild!, inner, false)}`;
      }
      case 'ForInStatement': {
        const spec = child(n, 'ForInSpec')!;
        const inner: Scope = { vars: new Set(), parent: scope };
        const v = this.declare(inner, this.text(child(spec, 'Definition')!));
        const coll = spec.lastChild!.prevSibling!;
        return `${m}for (let ${v} of $g.iter(${this.expr(coll, scope)})) ${this.sub(n.lastChild!, inner, false)}`;
      }
      case 'SwitchStatement':
        return m + this.switchStmt(n, scope);
      case 'TryStatement':
        return m + this.tryStmt(n, scope, last);
      case 'ReturnStatement': {
        const e = kids(n).find(
          (k) =>
            k.name !== 'return' && k.name !== ';' && k.name !== 'insertSemi' && k.name !== 'noSemi',
        );
        return `${m}return${e ? ` ${this.expr(e, scope)}` : ' null'};`;
      }
      case 'ThrowStatement':
        return `${m}throw ${this.expr(kids(n)[1]!, scope)};`;
      case 'BreakStatement':
      case 'ContinueStatement': {
        const label = child(n, 'Label');
        const word = n.name === 'BreakStatement' ? 'break' : 'continue';
        return `${m}${word}${label ? ` $L_${this.text(label)}` : ''};`;
      }
      case 'LabeledStatement': {
        const [label, , inner] = kids(n);
        return `${m}$L_${this.text(label!)}: ${this.statement(inner!, scope, false)}`;
      }
      case 'SynchronizedStatement': {
        // Only one script runs at a time: the lock's expression is evaluated, its block runs.
        const lock = child(n, 'ParenthesizedExpression')!;
        return `${m}${this.expr(lock, scope)};${this.block(child(n, 'Block')!, scope, last)}`;
      }
      case 'AssertStatement': {
        const es = kids(n).filter(
          (k) => k.name !== 'assert' && k.name !== ':' && k.name !== ',' && k.name !== ';',
        );
        const cond = es[0]!;
        const msg = es[1] ? this.expr(es[1], scope) : 'undefined';
        return `${m}if (!$g.t(${this.expr(cond, scope)})) throw $g.assertFail(${JSON.stringify(this.text(cond))}, ${msg});`;
      }
      case 'Block':
        return m + this.block(n, scope, last);
      case 'ClassDeclaration':
        return this.classDecl(n, scope);
      default:
        return this.fail(n, n.name);
    }
  }

  lastExpr(n: SyntaxNode): SyntaxNode {
    const ks = kids(n).filter((k) => k.name !== ';');
    return ks[ks.length - 1]!;
  }

  sub(n: SyntaxNode, scope: Scope, last: boolean): string {
    if (n.name === 'Block') return this.block(n, scope, last);
    if (n.name === ';') return ';';
    return `{${this.statement(n, { vars: new Set(), parent: scope }, last)}\n}`;
  }

  block(n: SyntaxNode, scope: Scope, last: boolean): string {
    return `{${this.body(n, scope, last)}\n}`;
  }

  localVar(n: SyntaxNode, scope: Scope): string {
    const typeNode = kids(n).find((k) =>
      ['TypeName', 'ScopedTypeName', 'GenericType', 'ArrayType', 'PrimitiveType'].includes(k.name),
    );
    const t = typeNode ? this.typeName(typeNode).replace(/<.*$/, '') : null;
    const coerce =
      t &&
      /^(String|int|Integer|long|Long|double|Double|float|Float|BigDecimal|boolean|Boolean|short|byte)$/.test(
        t,
      )
        ? t
        : null;
    const decls = children(n, 'VariableDeclarator').map((d) => {
      const hasInit = !!d.getChild('Equals');
      const init = hasInit ? this.expr(d.lastChild!, scope) : null;
      const name = this.declare(scope, this.text(child(d, 'Definition')!));
      if (init === null)
        return `${name} = ${coerce && /^(int|long|double|float|short|byte)$/.test(coerce) ? '0' : coerce === 'boolean' ? 'false' : 'null'}`;
      return `${name} = ${coerce ? `$g.decl(${init}, ${JSON.stringify(coerce)})` : init}`;
    });
    return `let ${decls.join(', ')};`;
  }

  switchStmt(n: SyntaxNode, scope: Scope): string {
    const subject = this.expr(child(n, 'ParenthesizedExpression')!.firstChild!.nextSibling!, scope);
    const block = child(n, 'SwitchBlock')!;
    const cases: string[] = [];
    let body = '';
    // Each case's statements are a scope of their own in Groovy (two cases may declare the same
    // name), so each group of statements after its labels is a block.
    let inner: Scope | null = null;
    for (const k of kids(block)) {
      if (k.name === 'SwitchLabel') {
        if (inner) body += '\n}';
        inner = null;
        if (child(k, 'default')) body += '\ndefault:';
        else {
          body += `\ncase ${cases.length}:`;
          cases.push(this.expr(kids(k)[1]!, scope));
        }
      } else if (STATEMENTS.has(k.name)) {
        if (!inner) {
          inner = { vars: new Set(), parent: scope };
          body += ' {';
        }
        body += this.statement(k, inner);
      }
    }
    if (inner) body += '\n}';
    return `switch ($g.switchIndex(${subject}, [${cases.join(', ')}])) {${body}\n}`;
  }

  tryStmt(n: SyntaxNode, scope: Scope, last: boolean): string {
    let out = `try ${this.block(child(n, 'Block')!, scope, last)}`;
    const catches = children(n, 'CatchClause');
    if (catches.length) {
      const e = `$e${this.temp++}`;
      out += ` catch (${e}) {`;
      catches.forEach((c, i) => {
        const inner: Scope = { vars: new Set(), parent: scope };
        const types = child(c, 'CatchType');
        const typeList = types
          ? kids(types)
              .filter((t) => t.name !== '|')
              .map((t) => this.typeRef(t))
          : ['$g.cls("java.lang.Exception")'];
        const name = this.declare(inner, this.text(child(c, 'Definition')!));
        const cond = typeList.map((t) => `$g.catches($g.caught(${e}), ${t})`).join(' || ');
        out += `${i ? ' else ' : ''}if (${cond}) { let ${name} = $g.caught(${e}); ${this.body(child(c, 'Block')!, inner, last)}\n}`;
      });
      out += ` else throw ${e}; }`;
    }
    const fin = child(n, 'FinallyClause');
    if (fin) out += ` finally ${this.block(child(fin, 'Block')!, scope, false)}`;
    return out;
  }

  // ---- expressions

  expr(n: SyntaxNode, scope: Scope): string {
    switch (n.name) {
      case 'Number':
        return this.number(this.text(n));
      case 'String':
        return JSON.stringify(this.stringValue(this.text(n)));
      case 'Regex':
        return JSON.stringify(this.text(n).slice(1, -1).replace(/\\\//g, '/'));
      case 'GString':
        return this.gstring(n, scope);
      case 'BooleanLiteral':
        return this.text(n);
      case 'null':
        return 'null';
      case 'this':
        return 'this';
      case 'super':
        return 'super';
      case 'Identifier':
        return this.identifier(n, scope);
      case 'ParenthesizedExpression':
        return `(${this.expr(n.firstChild!.nextSibling!, scope)})`;
      case 'ListExpression':
        return `[].concat(${kids(n)
          .filter((k) => !['[', ']', ','].includes(k.name))
          .map((k) =>
            k.name === 'SpreadItem'
              ? `$g.list(${this.expr(k.lastChild!, scope)})`
              : `[${this.expr(k, scope)}]`,
          )
          .join(', ')})`;
      case 'MapExpression':
        return this.mapLiteral(children(n, 'MapEntry'), scope);
      case 'ClosureExpression':
        return this.closure(n, scope);
      case 'NewExpression':
        return this.newExpr(n, scope);
      case 'PropertyAccess':
        return this.property(n, scope);
      case 'AttributeAccess': {
        // node.@id, node.@'x:type'; nodes*.@id: the attribute of each node, as a list.
        const [obj, op, name] = kids(n);
        const key = name!.name === 'String' ? this.stringValue(this.text(name!)) : this.text(name!);
        const o = this.expr(obj!, scope);
        const f = op!.name === '*.@' ? 'spreadAttr' : op!.name === '?.@' ? 'safeAttr' : 'attr';
        return `$g.${f}(${o}, ${JSON.stringify(key)})`;
      }
      case 'MethodReference': {
        const [obj, , name] = kids(n);
        return `$g.mref(${this.expr(obj!, scope)}, ${JSON.stringify(this.text(name!))})`;
      }
      case 'IndexExpression': {
        const [obj, open, ...rest] = kids(n);
        const idx = rest
          .filter((k) => k.name !== ']' && k.name !== ',')
          .map((k) => this.expr(k, scope));
        const key = idx.length > 1 ? `[${idx.join(', ')}]` : idx[0]!;
        if (open!.name === '?[')
          return `((${this.tmp()} = ${this.expr(obj!, scope)}) == null ? null : $g.i(${this.lastTmp()}, ${key}))`;
        return `$g.i(${this.expr(obj!, scope)}, ${key})`;
      }
      case 'MethodCall':
        return this.methodCall(n, scope);
      case 'CommandExpression':
        return this.command(n, scope);
      case 'ClassLiteral':
        return this.typeRef(n.firstChild!);
      case 'AssignmentExpression':
        return this.assignment(n, scope);
      case 'TernaryExpression': {
        const [c, , a, , b] = kids(n);
        return `($g.t(${this.expr(c!, scope)}) ? ${this.expr(a!, scope)} : ${this.expr(b!, scope)})`;
      }
      case 'ElvisExpression': {
        const [a, , b] = kids(n);
        return `$g.elvis(${this.expr(a!, scope)}, () => ${this.expr(b!, scope)})`;
      }
      case 'BinaryExpression':
        return this.binary(n, scope);
      case 'InstanceofExpression': {
        const [a, op, t] = kids(n);
        const r = `$g.inst(${this.expr(a!, scope)}, ${this.typeRef(t!)})`;
        return this.text(op!).startsWith('!') ? `!${r}` : r;
      }
      case 'AsExpression': {
        const [a, , t] = kids(n);
        return `$g.as(${this.expr(a!, scope)}, ${JSON.stringify(this.typeName(t!))})`;
      }
      case 'CastExpression': {
        const ks = kids(n);
        return `$g.as(${this.expr(ks[ks.length - 1]!, scope)}, ${JSON.stringify(this.typeName(ks[1]!))})`;
      }
      case 'UnaryExpression': {
        const [op, a] = kids(n);
        const o = this.text(op!);
        const v = this.expr(a!, scope);
        if (o === '!') return `!$g.t(${v})`;
        if (o === '-') return `$g.neg(${v})`;
        if (o === '~') return `$g.pattern(${v})`;
        return v;
      }
      case 'UpdateExpression':
        return this.update(n, scope);
      default:
        return this.fail(n, `'${this.text(n).slice(0, 30)}' (${n.name})`);
    }
  }

  private tmps: string[] = [];
  tmp(): string {
    const t = `$t${this.temp++}`;
    this.tmps.push(t);
    return t;
  }
  lastTmp(): string {
    return this.tmps[this.tmps.length - 1]!;
  }

  number(t: string): string {
    const s = t.replace(/_/g, '');
    const suffix = /[gGlLiIdDfF]$/.test(s) && !/^0x/i.test(s) ? s.slice(-1).toLowerCase() : '';
    const body = suffix ? s.slice(0, -1) : s;
    if (suffix === 'g' || (!suffix && /[.eE]/.test(body) && !/^0x/i.test(body)))
      return `$g.dec(${JSON.stringify(body)})`;
    return String(Number(body));
  }

  stringValue(raw: string): string {
    const triple = raw.startsWith("'''");
    const inner = triple ? raw.slice(3, -3) : raw.slice(1, -1);
    return this.unescape(inner);
  }

  unescape(s: string): string {
    return s.replace(/\\(u[0-9a-fA-F]{4}|.|\n)/g, (_, e: string) => {
      if (e[0] === 'u' && e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
      switch (e) {
        case 'n':
          return '\n';
        case 't':
          return '\t';
        case 'r':
          return '\r';
        case 'b':
          return '\b';
        case 'f':
          return '\f';
        case '\n':
          return '';
        default:
          return e;
      }
    });
  }

  gstring(n: SyntaxNode, scope: Scope): string {
    const parts: string[] = [];
    let lit = '';
    for (const k of kids(n)) {
      if (k.name === 'StringContent') lit += this.text(k);
      else if (k.name === 'Escape') lit += this.unescape(this.text(k));
      else if (k.name === 'GStringRef') {
        parts.push(JSON.stringify(lit));
        lit = '';
        const path = this.text(k).slice(1).split('.');
        let e = this.identName(path[0]!, scope, k);
        for (const p of path.slice(1)) e = `$g.p(${e}, ${JSON.stringify(p)})`;
        parts.push(e);
      } else if (k.name === 'Interpolation') {
        parts.push(JSON.stringify(lit));
        lit = '';
        const stmts = kids(k).filter((x) => x.name === 'ExpressionStatement');
        const last = stmts[stmts.length - 1];
        parts.push(last ? this.expr(last.firstChild!, scope) : 'null');
      }
    }
    parts.push(JSON.stringify(lit));
    if (parts.length === 1) return parts[0]!;
    return `$g.gs([${parts.join(', ')}])`;
  }

  identifier(n: SyntaxNode, scope: Scope): string {
    return this.identName(this.text(n), scope, n);
  }

  identName(name: string, scope: Scope, n: SyntaxNode): string {
    if (this.lookup(scope, name)) return this.ident(name);
    const klass = this.classOf(scope);
    if (klass && klass.fields.has(name)) return `this.${name}`;
    if (name === 'it') return 'it';
    if (/^[A-Z]/.test(name)) return this.classRef(name, n);
    if (name === 'messageLogFactory' || name === 'message') return name;
    return `(typeof ${this.ident(name)} === "undefined" ? $g.missingValue(${JSON.stringify(name)}) : ${this.ident(name)})`;
  }

  mapLiteral(entries: SyntaxNode[], scope: Scope): string {
    const parts: string[] = [];
    for (const e of entries) {
      const [k, , v] = kids(e);
      if (k!.name === '*:') {
        parts.push('$g.SPREAD_MAP', this.expr(kids(e)[1]!, scope));
        continue;
      }
      parts.push(this.mapKey(k!, scope), this.expr(v!, scope));
    }
    return `$g.map([${parts.join(', ')}])`;
  }

  mapKey(k: SyntaxNode, scope: Scope): string {
    if (k.name === 'PropertyName' || k.name === 'PrimitiveType')
      return JSON.stringify(this.text(k));
    return this.expr(k, scope);
  }

  closure(n: SyntaxNode, outer: Scope): string {
    const scope: Scope = { vars: new Set(), parent: outer };
    const ps = child(n, 'ClosureParameters');
    let params: string;
    if (ps)
      params = children(ps, 'ClosureParameter')
        .map((p) => this.declare(scope, this.text(child(p, 'Definition')!)))
        .join(', ');
    else if (child(n, '->')) params = '';
    else params = this.declare(scope, 'it');
    const stmts = kids(n).filter((k) => STATEMENTS.has(k.name));
    const body = stmts.map((s, i) => this.statement(s, scope, i === stmts.length - 1)).join('');
    return `((${params}) => {${body}\nreturn null;})`;
  }

  newExpr(n: SyntaxNode, scope: Scope): string {
    const t = kids(n)[1]!;
    const tn = this.typeName(t).replace(/<.*$/, '');
    const args = child(n, 'ArgumentList');
    if (!args) {
      const size = kids(n).find(
        (k, i) => i > 2 && !['[', ']', 'ArrayInitializer'].includes(k.name),
      );
      const initNode = child(n, 'ArrayInitializer');
      if (initNode)
        return `[${kids(initNode)
          .filter((k) => !['{', '}', ','].includes(k.name))
          .map((k) => this.expr(k, scope))
          .join(', ')}]`;
      return `new Array(${size ? this.expr(size, scope) : 0}).fill(${/^(int|long|double|byte|short|float)$/.test(tn) ? 0 : 'null'})`;
    }
    if (child(n, 'ClassBody')) this.fail(n, 'anonymous classes');
    return `$g.newObj(${this.typeRef(t)}, ${this.args(args, [], scope)})`;
  }

  args(list: SyntaxNode | null, closures: SyntaxNode[], scope: Scope): string {
    const out: string[] = [];
    const named: SyntaxNode[] = [];
    if (list) {
      for (const k of kids(list)) {
        if (['(', ')', ','].includes(k.name)) continue;
        if (k.name === 'NamedArgument') named.push(k);
        else if (k.name === 'SpreadItem')
          out.push(`$SPREAD$g.list(${this.expr(k.lastChild!, scope)})`);
        else out.push(this.expr(k, scope));
      }
    }
    if (named.length) out.unshift(this.mapLiteral(named, scope));
    for (const c of closures) out.push(this.closure(c, scope));
    if (!out.some((o) => o.startsWith('$SPREAD'))) return `[${out.join(', ')}]`;
    return `[].concat(${out.map((o) => (o.startsWith('$SPREAD') ? o.slice(7) : `[${o}]`)).join(', ')})`;
  }

  property(n: SyntaxNode, scope: Scope): string {
    const [obj, op, name] = kids(n);
    const key =
      name!.name === 'GString'
        ? this.gstring(name!, scope)
        : name!.name === 'String'
          ? JSON.stringify(this.stringValue(this.text(name!)))
          : JSON.stringify(this.text(name!));
    // A qualified class name (java.util.Date, groovy.json.JsonSlurper).
    const dotted = this.text(n).replace(/\s+/g, '');
    if (
      /^[a-z]+(\.[a-z_]\w*)*\.[A-Z]\w*$/.test(dotted) &&
      !this.lookup(scope, dotted.split('.')[0]!)
    ) {
      const simple = dotted.slice(dotted.lastIndexOf('.') + 1);
      if (Object.hasOwn(REFUSED_CLASSES, simple)) this.fail(n, REFUSED_CLASSES[simple]!);
      return `$g.cls(${JSON.stringify(dotted)})`;
    }
    // (byte[]).class, String.class.class…: the class itself.
    let inner = obj!;
    while (inner.name === 'ParenthesizedExpression') inner = inner.firstChild!.nextSibling!;
    if (this.text(name!) === 'class' && inner.name === 'ClassLiteral')
      return this.expr(inner, scope);
    const o = this.expr(obj!, scope);
    if (this.text(name!) === 'metaClass') this.fail(n, 'metaClass');
    const f = op!.name === '?.' ? 'ps' : op!.name === '*.' ? 'px' : 'p';
    return `$g.${f}(${o}, ${key})`;
  }

  /** `callee arg, name: value, …`: a call without parentheses. */
  command(n: SyntaxNode, scope: Scope): string {
    const [callee, ...rest] = kids(n).filter((k) => k.name !== ',');
    const named = rest.filter((k) => k.name === 'NamedArgument');
    const out = rest.filter((k) => k.name !== 'NamedArgument').map((k) => this.expr(k, scope));
    if (named.length) out.unshift(this.mapLiteral(named, scope));
    return this.call(callee!, `[${out.join(', ')}]`, scope);
  }

  methodCall(n: SyntaxNode, scope: Scope): string {
    // Flatten foo(a)(b) { } chains: callee, argument list, trailing closures.
    let callee: SyntaxNode = n.firstChild!;
    const closures: SyntaxNode[] = [];
    let argList: SyntaxNode | null;
    if (callee.name === 'MethodCall') {
      for (const k of kids(n).slice(1)) if (k.name === 'ClosureExpression') closures.push(k);
      const inner = callee;
      callee = inner.firstChild!;
      argList = child(inner, 'ArgumentList');
      closures.unshift(...children(inner, 'ClosureExpression'));
    } else {
      argList = child(n, 'ArgumentList');
      closures.push(...children(n, 'ClosureExpression'));
    }
    return this.call(callee, this.args(argList, closures, scope), scope);
  }

  call(callee: SyntaxNode, args: string, scope: Scope): string {
    if (callee.name === 'Identifier') {
      const name = this.text(callee);
      if (Object.hasOwn(REFUSED_CALLS, name)) this.fail(callee, REFUSED_CALLS[name]!);
      // The script's own evaluate(String) compiles Groovy at run time (xpath.evaluate(…) is fine).
      if (name === 'evaluate' && !this.scriptMethods.has(name)) this.fail(callee, 'evaluate');
      if (this.lookup(scope, name)) return `$g.call(${this.ident(name)}, ${args})`;
      const klass = this.classOf(scope);
      if (klass && klass.methods.has(name))
        return klass.statics.has(name)
          ? `${this.ident(klass.name)}.${this.ident(name)}.apply(${this.ident(klass.name)}, ${args})`
          : `this.${this.ident(name)}.apply(this, ${args})`;
      if (this.scriptMethods.has(name)) return `${this.ident(name)}.apply(null, ${args})`;
      if (name === 'println' || name === 'print') return `$g.println.apply(null, ${args})`;
      if (name === 'sleep') return `$g.sleep.apply(null, ${args})`;
      if (name === 'sprintf') return `$g.format.apply(null, ${args})`;
      return `$g.bare(${JSON.stringify(name)}, ${args})`;
    }
    if (callee.name === 'PropertyAccess') {
      const [obj, op, nameNode] = kids(callee);
      const name = this.text(nameNode!);
      // builder.'order-header' { … }, obj."$name"(…): a quoted method name.
      const quoted =
        nameNode!.name === 'String'
          ? JSON.stringify(this.stringValue(name))
          : nameNode!.name === 'GString'
            ? `$g.text(${this.gstring(nameNode!, scope)})`
            : null;
      if (Object.hasOwn(REFUSED_CALLS, name)) this.fail(nameNode!, REFUSED_CALLS[name]!);
      const dotted = this.text(obj!).replace(/\s+/g, '');
      let o: string;
      if (
        /^[a-z]+(\.[a-z_]\w*)*\.[A-Z]\w*$/.test(dotted) &&
        !this.lookup(scope, dotted.split('.')[0]!)
      ) {
        const simple = dotted.slice(dotted.lastIndexOf('.') + 1);
        if (Object.hasOwn(REFUSED_CLASSES, simple)) this.fail(obj!, REFUSED_CLASSES[simple]!);
        o = `$g.cls(${JSON.stringify(dotted)})`;
      } else o = this.expr(obj!, scope);
      const f = op!.name === '?.' ? 'ms' : op!.name === '*.' ? 'mx' : 'm';
      return `$g.${f}(${o}, ${quoted ?? JSON.stringify(name)}, ${args})`;
    }
    if (callee.name === 'GString' || callee.name === 'String')
      return `$g.bare($g.text(${this.expr(callee, scope)}), ${args})`;
    if (callee.name === 'this' || callee.name === 'super')
      this.fail(callee, `${callee.name}(...) calls`);
    return `$g.call(${this.expr(callee, scope)}, ${args})`;
  }

  assignment(n: SyntaxNode, scope: Scope): string {
    const [target, opNode, value] = kids(n);
    const op = this.text(opNode!);
    let v = this.expr(value!, scope);
    const OPS: Record<string, string> = {
      '+=': 'plus',
      '-=': 'minus',
      '*=': 'mul',
      '/=': 'div',
      '%=': 'mod',
      '**=': 'pow',
      '<<=': 'lshift',
    };
    if (op !== '=') {
      const f = OPS[op];
      if (op === '?=') v = `$g.elvis(${this.expr(target!, scope)}, () => ${v})`;
      else if (f) v = `$g.${f}(${this.expr(target!, scope)}, ${v})`;
      else {
        const js = op.slice(0, -1);
        v = `(${this.expr(target!, scope)} ${js} ${v})`;
      }
    }
    return this.store(target!, v, scope);
  }

  store(target: SyntaxNode, v: string, scope: Scope): string {
    switch (target.name) {
      case 'Identifier': {
        const name = this.text(target);
        if (!this.lookup(scope, name)) {
          const klass = this.classOf(scope);
          if (klass && klass.fields.has(name)) return `(this.${name} = ${v})`;
        }
        return `(${this.ident(name)} = ${v})`;
      }
      case 'PropertyAccess': {
        const [obj, , name] = kids(target);
        if (obj!.name === 'this') return `(this.${this.text(name!)} = ${v})`;
        return `$g.sp(${this.expr(obj!, scope)}, ${JSON.stringify(this.text(name!))}, ${v})`;
      }
      case 'IndexExpression': {
        const [obj, , ...rest] = kids(target);
        const idx = rest
          .filter((k) => k.name !== ']' && k.name !== ',')
          .map((k) => this.expr(k, scope));
        return `$g.si(${this.expr(obj!, scope)}, ${idx.length > 1 ? `[${idx.join(', ')}]` : idx[0]}, ${v})`;
      }
      case 'ParenthesizedExpression':
        return this.store(target.firstChild!.nextSibling!, v, scope);
      default:
        return this.fail(target, `assignment to ${target.name}`);
    }
  }

  update(n: SyntaxNode, scope: Scope): string {
    const ks = kids(n);
    const prefix = ks[0]!.name === 'UpdateOp';
    const opNode = prefix ? ks[0]! : ks[1]!;
    const target = prefix ? ks[1]! : ks[0]!;
    const f = this.text(opNode) === '++' ? 'plus' : 'minus';
    const cur = this.expr(target, scope);
    if (prefix) return this.store(target, `$g.${f}(${cur}, 1)`, scope);
    const t = this.tmp();
    return `(${t} = ${cur}, ${this.store(target, `$g.${f}(${t}, 1)`, scope)}, ${t})`;
  }

  binary(n: SyntaxNode, scope: Scope): string {
    const [a, opNode, b] = kids(n);
    const op = this.text(opNode!);
    const x = this.expr(a!, scope);
    const y = this.expr(b!, scope);
    const F: Record<string, string> = {
      '+': 'plus',
      '-': 'minus',
      '*': 'mul',
      '/': 'div',
      '%': 'mod',
      '**': 'pow',
      '==': 'eq',
      '!=': 'ne',
      '<': 'lt',
      '<=': 'le',
      '>': 'gt',
      '>=': 'ge',
      '<=>': 'cmp',
      '=~': 'find',
      '==~': 'match',
      '<<': 'lshift',
      in: 'isIn',
    };
    if (op === '&&') return `($g.t(${x}) && $g.t(${y}))`;
    if (op === '||') return `($g.t(${x}) || $g.t(${y}))`;
    if (op === '..' || op === '..<') return `$g.range(${x}, ${y}, ${op === '..<'})`;
    if (op === '!in') return `!$g.isIn(${x}, ${y})`;
    if (op === '===') return `(${x} === ${y})`;
    if (op === '!==') return `(${x} !== ${y})`;
    const f = F[op];
    if (f) return `$g.${f}(${x}, ${y})`;
    return `(${x} ${op} ${y})`;
  }
}

/** Translate Groovy source to JavaScript for the sandbox, or the first syntax error / refusal. */
export function translateGroovy(source: string): TranslateResult {
  const tree = parser.parse(source);
  let errorNode: SyntaxNode | null = null;
  tree.iterate({
    enter(n) {
      if (errorNode) return false;
      if (n.type.isError) {
        errorNode = n.node;
        return false;
      }
      return undefined;
    },
  });
  const t = new Translator(source);
  if (errorNode) {
    const e = errorNode as SyntaxNode;
    const starts = source.slice(0, e.from).split('\n');
    const near = source.slice(e.from, e.from + 20).split('\n')[0] ?? '';
    return {
      error: {
        type: 'SyntaxError',
        message: near
          ? `unexpected token: ${near.trim().split(/\s+/)[0]}`
          : 'unexpected end of script',
        line: starts.length,
        column: (starts[starts.length - 1] ?? '').length + 1,
      },
    };
  }
  try {
    // Dependencies fetched at compile time (@Grab) cannot exist in the studio.
    tree.iterate({
      enter(n) {
        if (n.name !== 'Annotation') return undefined;
        const name = source
          .slice(n.from, n.to)
          .replace(/^@\s*/, '')
          .replace(/[\s(].*$/s, '');
        if (/(^|\.)(Grab|Grapes|GrabConfig|GrabResolver|GrabExclude)$/.test(name))
          t.fail(n.node, `@${name.replace(/^.*\./, '')}`);
        return false;
      },
    });
    const body = t.script(tree.topNode);
    const js = `var $t0, $t1, $t2, $t3, $t4, $t5, $t6, $t7, $t8, $t9;${body.replace(/\$t(\d+)/g, (m, d: string) => (Number(d) < 10 ? m : `$tt[${d}]`))}`;
    const full = js.includes('$tt[') ? `var $tt = [];${js}` : js;
    const lines = full.split('\n');
    const lineMap: GroovyPosition[] = [];
    let cur: GroovyPosition = { line: 1, column: 1 };
    for (const l of lines) {
      const m = /\/\*@(\d+):(\d+)\*\//.exec(l);
      if (m) cur = { line: Number(m[1]), column: Number(m[2]) };
      lineMap.push(cur);
    }
    return { js: full, lineMap };
  } catch (e) {
    if (e instanceof Unsupported) {
      const starts = source.slice(0, e.node.from).split('\n');
      return {
        error: {
          type: 'NotSupported',
          message: e.message,
          line: starts.length,
          column: (starts[starts.length - 1] ?? '').length + 1,
        },
      };
    }
    throw e;
  }
}

const cache = new Map<string, TranslateResult>();

/** translateGroovy, cached per source text (one entry per script version). */
export function translateGroovyCached(source: string): TranslateResult {
  let r = cache.get(source);
  if (!r) {
    r = translateGroovy(source);
    if (cache.size >= 256) cache.delete(cache.keys().next().value as string);
    cache.set(source, r);
  }
  return r;
}

/** The Groovy syntax error or refusal of a script, for validation and editor markers (or null). */
export function groovySyntaxError(
  source: string,
): { line: number; column: number; message: string } | null {
  const r = translateGroovyCached(source);
  return 'error' in r
    ? { line: r.error.line, column: r.error.column, message: r.error.message }
    : null;
}
