import { beforeAll, describe, expect, it } from 'vitest';
import {
  HashMap,
  hashIndex,
  installCollections,
  JavaList,
  JavaMap,
  JavaSet,
  javaHashCode,
  javaInterface,
  LinkedHashMap,
  makeMap,
  TreeMap,
  TreeSet,
} from './collections';
import { installJavaLang } from './javaLang';
import { jstr, JavaString } from './javaString';

describe('java.util collection shims', () => {
  beforeAll(() => {
    installJavaLang({
      str: String,
      jstr: (s) => s,
      describe: String,
      classFor: () => null,
      refusal: (api) => new Error(api),
    });
    installCollections({
      describe: (v) => String(v),
      toPlain: (v) => (v instanceof JavaString ? String(v) : v),
      plainArray: (a) => a.slice(),
    });
  });

  it('iterates a HashMap in java.util.HashMap order, a LinkedHashMap in insertion order', () => {
    const hash = makeMap({});
    const linked = makeMap({ linked: true });
    for (const k of ['banana', 'apple', 'cherry', 'date']) {
      hash.put(k, k.length);
      linked.put(k, k.length);
    }
    // As Java (checked with groovy 2.4 on OpenJDK): banana, date, apple, cherry.
    expect(hash.keySet().toArray()).toEqual(['banana', 'date', 'apple', 'cherry']);
    expect(linked.keySet().toArray()).toEqual(['banana', 'apple', 'cherry', 'date']);
    expect(javaHashCode('apple')).toBe(93029210);
    expect(hashIndex('apple', 16)).toBe((93029210 ^ (93029210 >>> 16)) & 15);
    expect(String(hash)).toBe('{banana=6, date=4, apple=5, cherry=6}');
  });

  it('is case-insensitive and hands out Java strings for the message headers', () => {
    const headers = makeMap(
      { caseInsensitive: true, wrapStrings: true },
      { 'Content-Type': 'a/b' },
    );
    expect(headers.get('content-type')).toBeInstanceOf(JavaString);
    expect(String(headers.get(jstr('CONTENT-TYPE')))).toBe('a/b');
    expect(headers.containsKey('content-TYPE')).toBe(true);
    expect(headers.put('content-type', 'c/d')?.toString()).toBe('a/b');
    expect(headers.size()).toBe(1);
    expect(headers.__plain(0)).toEqual({ 'Content-Type': 'c/d' });
    const sorted = makeMap({ sorted: true }, { b: 1, a: 2 });
    expect(sorted.keySet().toArray()).toEqual(['a', 'b']);
    expect(new JavaMap({ x: 1 }).getOrDefault('y', 0)).toBe(0);
  });

  it('keeps map internals out of for-in and JSON', () => {
    const m = new JavaMap({ a: 1 });
    expect(Object.keys(m)).toEqual([]);
    expect(JSON.stringify(m)).toBe('{"a":1}');
  });

  it('lists and sets answer as Java ones, with Java exceptions out of bounds', () => {
    const list = new JavaList(['a', 'b']);
    list.add(1, 'x');
    expect(list.toArray()).toEqual(['a', 'x', 'b']);
    expect(list.remove('x')).toBe(true);
    expect(list.indexOf(jstr('b'))).toBe(1);
    expect(() => list.get(5)).toThrow('Index 5 out of bounds for length 2');
    const it = (
      list as unknown as { iterator(): { hasNext(): boolean; next(): unknown } }
    ).iterator();
    const seen: unknown[] = [];
    while (it.hasNext()) seen.push(it.next());
    expect(seen).toEqual(['a', 'b']);
    expect(() => it.next()).toThrow('java.util.NoSuchElementException');
    expect([...(list as unknown as Iterable<unknown>)]).toEqual(['a', 'b']);
    const set = new JavaSet(['a', jstr('a'), 'b']);
    expect(set.size()).toBe(2);
    expect(set.contains(jstr('b'))).toBe(true);
    const make = JavaList as unknown as (items: unknown[]) => JavaList;
    expect(make([1])).toBeInstanceOf(JavaList);
  });

  it('makes HashMap, LinkedHashMap, TreeMap and TreeSet with new, each a map or set of its kind', () => {
    const fill = (m: JavaMap) => {
      for (const k of ['banana', 'apple', 'cherry', 'date']) m.put(k, k.length);
      return m.keySet().toArray();
    };
    const hash = new HashMap();
    const linked = new LinkedHashMap();
    const tree = new TreeMap();
    expect([hash, linked, tree].every((m) => m instanceof HashMap && m instanceof JavaMap)).toBe(
      true,
    );
    expect(fill(hash)).toEqual(['banana', 'date', 'apple', 'cherry']);
    expect(fill(linked)).toEqual(['banana', 'apple', 'cherry', 'date']);
    expect(fill(tree)).toEqual(['apple', 'banana', 'cherry', 'date']);
    expect(new HashMap(tree).get('date')).toBe(4);
    const set = new TreeSet(new JavaList(['pear', 'fig', 'pear', 'apple']));
    expect(set instanceof JavaSet).toBe(true);
    expect(set.toArray()).toEqual(['apple', 'fig', 'pear']);
  });

  it('makes interfaces whose instanceof is the implementation’s and whose new names it', () => {
    const JMap = javaInterface('java.util.Map', HashMap, () => 'java.util.HashMap');
    expect(new HashMap() instanceof JMap).toBe(true);
    expect(() => new JMap()).toThrow(
      new TypeError(
        'Cannot instantiate the interface java.util.Map; use an implementation such as java.util.HashMap',
      ),
    );
  });
});
