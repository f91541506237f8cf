/* eslint-disable @typescript-eslint/no-explicit-any -- Groovy values are dynamically typed (see groovy.ts). */
/** groovy.json: JsonSlurper, JsonOutput, JsonBuilder over the Groovy runtime's values. */
import { BigDecimal } from './bigDecimal';
import { hasIndexKey, isIndexKey, JsonMap, sortedPlain } from './groovyMap';
import type { GroovyEnv, GroovyRuntime } from './groovy';
import { withDelegate } from './groovyXml';

/** The maps a parse makes: JsonSlurper's, JsonSlurperClassic's, prettyPrint's (text order). */
type MapKind = 'lazy' | 'classic' | 'linked';

export function installGroovyJson(
  env: GroovyEnv,
  rt: Pick<GroovyRuntime, 'n' | 'text'>,
): Record<string, any> {
  const jsonExc = (message: string): Error => {
    const E =
      env.exceptions.JsonException ??
      env.defineException('groovy.json.JsonException', env.exceptions.RuntimeException as any);
    return new E(message);
  };

  function parse(text: string, kind: MapKind): any {
    let i = 0;
    // Sticky regexes scan runs of characters natively (a character loop is slow in the sandbox).
    const WS = /[ \t\r\n]*/y;
    const PLAIN = /[^"\\]*/y;
    const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;
    const ws = (): void => {
      WS.lastIndex = i;
      WS.test(text);
      i = WS.lastIndex;
    };
    /**
     * Groovy's JsonException: what was expected, the character read, then the same words again
     * with the line, the index and the line's text with a marker under the character.
     */
    const fail = (lead?: string): never => {
      const head =
        'Unable to determine the current character, it is not a string, number, array, or object';
      const at = Math.min(i, text.length - 1);
      const c = text[at] ?? '';
      const code = text.charCodeAt(at) || -1;
      const what = (lead ?? head).replace('$c', `'${c}' with an int value of ${code}`);
      const start = text.lastIndexOf('\n', i - 1) + 1;
      const end = text.indexOf('\n', i);
      const line = text.slice(0, start).split('\n').length;
      throw jsonExc(
        `${what}\n\nThe current character read is '${c}' with an int value of ${code}\n${what}\nline number ${line}\nindex number ${i}\n${text.slice(start, end < 0 ? text.length : end)}\n${'.'.repeat(i - start)}^`,
      );
    };
    const value = (): any => {
      ws();
      const c = text[i];
      if (c === '{') {
        i++;
        const m =
          kind === 'lazy' ? JsonMap.empty() : kind === 'classic' ? env.newHashMap() : env.newMap();
        ws();
        if (text[i] === '}') {
          i++;
          return m;
        }
        for (;;) {
          ws();
          if (text[i] !== '"') fail("expecting '}' or ',' but got current char $c");
          const k = str();
          ws();
          if (text[i] !== ':') fail('expecting current character to be $c\n');
          i++;
          m.put(k, value());
          ws();
          if (text[i] === ',') {
            i++;
            continue;
          }
          if (text[i] === '}') {
            i++;
            return m;
          }
          fail("expecting '}' or ',' but got current char $c");
        }
      }
      if (c === '[') {
        i++;
        const a: any[] = [];
        ws();
        if (text[i] === ']') {
          i++;
          return a;
        }
        for (;;) {
          a.push(value());
          ws();
          if (text[i] === ',') {
            i++;
            continue;
          }
          if (text[i] === ']') {
            i++;
            return a;
          }
          if (i >= text.length) fail('Did not find end of Json Array');
          fail(
            `expecting a ',' or a ']',  but got \nthe current character of  $c  on array index of ${a.length} \n`,
          );
        }
      }
      if (c === '"') return str();
      if (text.startsWith('true', i)) {
        i += 4;
        return true;
      }
      if (text.startsWith('false', i)) {
        i += 5;
        return false;
      }
      if (text.startsWith('null', i)) {
        i += 4;
        return null;
      }
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (m) {
        i += m[0].length;
        if (m[1] || m[2]) return new BigDecimal(m[0]);
        const n = Number(m[0]);
        return n;
      }
      return fail();
    };
    const str = (): string => {
      i++;
      let out = '';
      for (;;) {
        PLAIN.lastIndex = i;
        PLAIN.test(text);
        if (PLAIN.lastIndex > i) {
          out += text.slice(i, PLAIN.lastIndex);
          i = PLAIN.lastIndex;
        }
        const c = text[i++];
        if (c === undefined) throw jsonExc('Expected a closing quote');
        if (c === '"') return out;
        if (c === '\\') {
          const e = text[i++];
          if (e === 'u') {
            out += String.fromCharCode(parseInt(text.slice(i, i + 4), 16));
            i += 4;
          } else
            out +=
              ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[
                e ?? ''
              ] ?? e;
        } else out += c;
      }
    };
    ws();
    if (i >= text.length) throw jsonExc('Text must not be null or empty');
    const v = value();
    return v;
  }

  const ESCAPES: Record<string, string> = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f',
  };
  const escapeChar = (ch: string): string =>
    ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const NON_ASCII = /[\u007f-\uffff]/;
  // eslint-disable-next-line no-control-regex -- every character below DEL
  const ASCII = /^[\u0000-\u007e]*$/;
  /**
   * Whether a text has only ASCII characters up to ~ (DEL excluded). The anchored regex runs in
   * one pass, faster than a search, but its backtracking stack grows with the text: big texts
   * take the search.
   */
  function isAscii(s: string): boolean {
    return s.length <= ONE_PASS_MAX ? ASCII.test(s) : !NON_ASCII.test(s);
  }
  /** The longest text a one-pass (anchored) regex scans (see isAscii). */
  const ONE_PASS_MAX = 262_144;
  const NON_ASCII_ALL = /[\u007f-\uffff]/g;
  /** A stand-in of toPlain as JSON.stringify writes it. */
  const MARKER = /"\\u0000(\d+)\\u0000"/g;
  const nativeStringify = JSON.stringify;
  /** Groovy 2.4's JsonOutput escapes quotes, backslashes, control and non-ASCII characters. */
  function quote(s: string): string {
    // One native regex pass (a character loop is slow in the sandbox's interpreter).
    return `"${s.replace(
      // eslint-disable-next-line no-control-regex
      /["\\\u0000-\u001f\u007f-\uffff]/g,
      escapeChar,
    )}"`;
  }
  /**
   * JsonOutput.toJson: a plain copy of the value (maps as objects in their iteration order) written
   * by the native JSON.stringify, then non-ASCII characters escaped as Groovy does. What a plain
   * copy cannot say exactly (BigDecimal, numbers with an exponent, maps with index-like or clashing
   * key texts, other objects) stands in it as a marker string replaced by toJsonSlow's text.
   */
  function toJson(v: any): string {
    const raws: string[] = [];
    let out = nativeStringify(toPlain(v, raws));
    if (!isAscii(out)) out = out.replace(NON_ASCII_ALL, escapeChar);
    if (raws.length) {
      let seen = 0;
      out = out.replace(MARKER, (_m: string, n: string) => {
        seen++;
        return raws[Number(n)] ?? '';
      });
      // A script's own string that looks like a marker: write the value the slow way.
      if (seen !== raws.length) return toJsonSlow(v);
    }
    return out;
  }
  function raw(text: string, raws: string[]): string {
    raws.push(text);
    return `\u0000${raws.length - 1}\u0000`;
  }
  function toPlain(v: any, raws: string[]): any {
    if (v === null || v === undefined) return null;
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return v;
      case 'number': {
        if (Number.isInteger(v) && Math.abs(v) < 2 ** 63) return v;
        if (!Number.isFinite(v)) return String(v);
        const text = rt.text(v);
        return text === String(v) ? v : raw(text, raws);
      }
      case 'object':
        break;
      default:
        return rt.text(v);
    }
    if (Array.isArray(v)) {
      const a = new Array(v.length);
      for (let i = 0; i < v.length; i++) a[i] = toPlain(v[i], raws);
      return a;
    }
    if (v instanceof JsonMap) {
      const keys = v.keys();
      if (hasIndexKey(keys)) return raw(toJsonSlow(v), raws);
      const start = raws.length;
      const own = v.own;
      const o = Object.create(null);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i] as string;
        const x = own[k];
        const t = typeof x;
        if (t === 'string' || t === 'boolean' || x === null) o[k] = x;
        else if (v.isRaw(k, x)) {
          const p = sortedPlain(x);
          if (p === null) {
            raws.length = start;
            return raw(toJsonSlow(v), raws);
          }
          o[k] = p;
        } else o[k] = toPlain(x, raws);
      }
      return o;
    }
    if (env.isMap(v)) {
      const start = raws.length;
      const o = Object.create(null);
      let plain = true;
      v.forEach((k: any, x: any) => {
        if (!plain) return;
        const text = rt.text(k);
        if (isIndexKey(text) || o[text] !== undefined) plain = false;
        else o[text] = toPlain(x, raws);
      });
      if (plain) return o;
      raws.length = start;
      return raw(toJsonSlow(v), raws);
    }
    const n = rt.n(v);
    if (n !== v) return toPlain(n, raws);
    if (v instanceof BigDecimal) return raw(env.str(v.toString()), raws);
    return raw(toJsonSlow(v), raws);
  }
  /** Groovy 2.4's JsonOutput.toJson, value by value (toJson's way for what it cannot copy). */
  function toJsonSlow(v: any): string {
    v = rt.n(v);
    if (v === null) return 'null';
    if (typeof v === 'string') return quote(v);
    if (typeof v === 'number') return Number.isFinite(v) ? rt.text(v) : quote(String(v));
    if (typeof v === 'boolean') return String(v);
    if (v instanceof BigDecimal) return env.str(v.toString());
    if (Array.isArray(v)) return `[${v.map(toJsonSlow).join(',')}]`;
    if (env.isMap(v)) {
      const parts: string[] = [];
      v.forEach((k: any, x: any) => parts.push(`${quote(rt.text(k))}:${toJsonSlow(x)}`));
      return `{${parts.join(',')}}`;
    }
    if (v instanceof Date) {
      const f = new env.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ssZ");
      return quote(env.str(f.format(v)));
    }
    if (typeof v.toList === 'function') return toJsonSlow(v.toList());
    if (typeof v === 'object') {
      const keys = Object.keys(v).sort();
      return `{${keys.map((k) => `${quote(k)}:${toJsonSlow(v[k])}`).join(',')}}`;
    }
    return quote(rt.text(v));
  }

  function prettyPrint(json: string): string {
    // prettyPrint reformats the text as it is (Groovy's JsonLexer): keys keep their order.
    const v = parse(json, 'linked');
    const out = (x: any, ind: string): string => {
      if (Array.isArray(x)) {
        if (!x.length) return `[\n${ind}    \n${ind}]`;
        return `[\n${x.map((y) => ind + '    ' + out(y, ind + '    ')).join(',\n')}\n${ind}]`;
      }
      if (env.isMap(x)) {
        if (!x.size()) return `{\n${ind}    \n${ind}}`;
        const parts: string[] = [];
        x.forEach((k: any, y: any) =>
          parts.push(`${ind}    ${quote(rt.text(k))}: ${out(rt.n(y), ind + '    ')}`),
        );
        return `{\n${parts.join(',\n')}\n${ind}}`;
      }
      return toJson(x);
    };
    return out(v, '');
  }

  /**
   * JSON with integers only (no fraction, exponent or 16-digit number anywhere in the text) parses
   * natively, then becomes maps and lists: the same values as parse() gives, much faster in the
   * sandbox. Anything else, and every malformed text, goes through parse() (Groovy's values and
   * error messages).
   */
  const NOT_SIMPLE = /\d(?:[.eE]|\d{15})/;
  /** The same test in one pass (anchored: every digit run is short and not a decimal's). */
  const SIMPLE = /^[^0-9]*(?:[0-9]{1,15}(?![0-9.eE])[^0-9]*)*$/;
  const isSimple = (s: string): boolean =>
    s.length <= ONE_PASS_MAX ? SIMPLE.test(s) : !NOT_SIMPLE.test(s);
  const nativeParse = JSON.parse;
  /** JSON.parse's value as JsonSlurper's: objects become JsonMaps (converted as they are read). */
  function lazyValue(v: any): any {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x !== null && typeof x === 'object') v[i] = lazyValue(x);
      }
      return v;
    }
    return JsonMap.ofJson(v);
  }
  /**
   * JSON.parse's value as JsonSlurperClassic's: objects become HashMaps, or null when an object
   * has array-index keys (JSON.parse lists them first: their insertion order is lost).
   */
  function classicValue(v: any): any {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      const a = v.map(classicValue);
      return a.includes(NO_ORDER) ? NO_ORDER : a;
    }
    const keys = Object.keys(v);
    if (keys.length && isIndexKey(keys[0] as string)) return NO_ORDER;
    const m = env.newHashMap();
    for (const k of keys) {
      const x = classicValue(v[k]);
      if (x === NO_ORDER) return NO_ORDER;
      m.put(k, x);
    }
    return m;
  }
  const NO_ORDER = {};
  function slurp(text: string, kind: 'lazy' | 'classic'): any {
    if (isSimple(text)) {
      let plain: any;
      try {
        plain = nativeParse(text);
      } catch {
        return parse(text, kind);
      }
      if (kind === 'classic') {
        const v = classicValue(plain);
        return v === NO_ORDER ? parse(text, kind) : v;
      }
      return plain !== null && typeof plain === 'object' ? lazyValue(plain) : plain;
    }
    if (kind === 'lazy') {
      const v = decimalParse(text);
      if (v !== undefined) return v;
    }
    return parse(text, kind);
  }

  /**
   * What JSON.parse's doubles cannot give back exactly as JsonSlurper's BigDecimals: a decimal
   * with a trailing zero (1.50, 2.0), an exponent, 16 digits or more; and keys that look like
   * array indices (JSON.parse revives them out of order). Text inside strings may match too: that
   * only sends the text to parse().
   */
  const NOT_EXACT = /\.\d*0(?!\d)|\d[eE]|\d(?:\.?\d){15}|"(?:0|[1-9]\d*)"\s*:/;
  /**
   * JSON with decimals that doubles carry exactly (see NOT_EXACT), parsed natively: its decimals
   * become BigDecimals and its objects JsonMaps in JSON.parse's reviver. Undefined when parse()
   * must take the text (malformed, or not exact).
   */
  function decimalParse(text: string): any {
    if (NOT_EXACT.test(text)) return undefined;
    try {
      return nativeParse(text, (_key: string, value: any) => {
        if (typeof value === 'number')
          return Number.isInteger(value) ? value : new BigDecimal(String(value));
        if (value !== null && typeof value === 'object' && !Array.isArray(value))
          return JsonMap.ofParsed(value);
        return value;
      });
    } catch {
      return undefined;
    }
  }

  class JsonSlurper {
    protected readonly kind: 'lazy' | 'classic' = 'lazy';
    parseText(s: any): any {
      if (s === null || s === undefined)
        throw new (env.exceptions.IllegalArgumentException as any)(
          'Text must not be null or empty',
        );
      return slurp(env.str(s), this.kind);
    }
    parse(src: any): any {
      if (src && typeof src.drain === 'function') return slurp(src.drain(), this.kind);
      if (src && typeof src.readAllBytes === 'function')
        return slurp(env.utf8Decode(src.readAllBytes()), this.kind);
      return slurp(env.str(src), this.kind);
    }
    setType(): JsonSlurper {
      return this;
    }
  }
  /** JsonSlurperClassic: the same parser, java.util.HashMap maps. */
  class JsonSlurperClassic extends JsonSlurper {
    protected override readonly kind = 'classic';
  }
  const JsonOutput = {
    toJson: (v: any) => toJson(v),
    prettyPrint: (s: any) => prettyPrint(env.str(s)),
  };
  /** The JSON DSL inside a JsonBuilder closure: `name value`, `name { … }`, `name(a: 1)`. */
  class JsonDelegate {
    readonly map = env.newMap();
    __gcall(name: string, args: any[]): any {
      this.map.put(name, dslValue(args));
      return null;
    }
  }
  function build(fn: any): any {
    const d = new JsonDelegate();
    withDelegate(d, fn);
    return d.map;
  }
  function dslValue(args: any[]): any {
    if (args.length === 1) return typeof args[0] === 'function' ? build(args[0]) : args[0];
    if (args.length === 2 && env.isMap(args[0]) && typeof args[1] === 'function') {
      const m = env.newMap();
      args[0].forEach((k: any, v: any) => m.put(k, v));
      build(args[1]).forEach((k: any, v: any) => m.put(k, v));
      return m;
    }
    if (args.length === 2 && Array.isArray(rt.n(args[0])) && typeof args[1] === 'function')
      return rt.n(args[0]).map((x: any) => build(() => args[1](x)));
    return args.length === 0 ? env.newMap() : args;
  }
  class JsonBuilder {
    content: any;
    constructor(content?: any) {
      this.content = content === undefined ? null : content;
    }
    call(...args: any[]): any {
      this.content = dslValue(args);
      return this.content;
    }
    /** builder.root { … } / builder.root(a: 1): {"root": …}. */
    __gcall(name: string, args: any[]): any {
      const m = env.newMap();
      m.put(name, dslValue(args));
      this.content = m;
      return m;
    }
    getContent(): any {
      return this.content;
    }
    toString(): string {
      return toJson(this.content);
    }
    toPrettyString(): string {
      return prettyPrint(toJson(this.content));
    }
  }
  return {
    'groovy.json.JsonSlurper': JsonSlurper,
    'groovy.json.JsonSlurperClassic': JsonSlurperClassic,
    'groovy.json.JsonOutput': JsonOutput,
    'groovy.json.JsonBuilder': JsonBuilder,
  };
}
