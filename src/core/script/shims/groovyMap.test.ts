import { beforeAll, describe, expect, it } from 'vitest';
import { hashMapOrder, hasIndexKey, initJsonMaps, JsonMap, sortedPlain } from './groovyMap';
import { javaHashCode } from './javaHash';

class ClassCast extends Error {}
class Npe extends Error {}

beforeAll(() =>
  initJsonMaps({
    npe: () => new Npe(),
    classCast: (message) => new ClassCast(message),
    typeName: (v) => (typeof v === 'number' ? 'java.lang.Integer' : 'java.lang.Object'),
    key: (k) => k,
  }),
);

describe("JsonSlurper's maps (JsonMap)", () => {
  it('iterate in key order and convert nested JSON only when it is read', () => {
    const raw = JSON.parse('{"b":{"y":1,"x":[{"d":1,"c":2}]},"a":1,"C":true}') as Record<
      string,
      unknown
    >;
    const m = JsonMap.ofJson(raw);
    expect(m.keys()).toEqual(['C', 'a', 'b']);
    expect(m.isRaw('b', m.own.b)).toBe(true);
    const b = m.get('b') as JsonMap;
    expect(b).toBeInstanceOf(JsonMap);
    expect(m.get('b')).toBe(b); // converted once, the same map afterwards
    expect(m.isRaw('b', m.own.b)).toBe(false);
    expect(((b.get('x') as unknown[])[0] as JsonMap).keys()).toEqual(['c', 'd']);
  });

  it('keep a new value as it is, count keys, and refuse keys that are not strings', () => {
    const m = JsonMap.ofJson({ a: 1 });
    const list = [{ not: 'raw' }];
    m.__gset('z', list);
    expect(m.get('z')).toBe(list);
    expect(m.size()).toBe(2);
    expect(m.put('a', 2)).toBe(1);
    expect(m.remove('a')).toBe(2);
    expect(m.size()).toBe(1);
    expect(() => m.put(1, 'x')).toThrow(ClassCast);
    expect(() => m.get(1)).toThrow(ClassCast);
    expect(() => m.get(null)).toThrow(Npe);
    expect(JsonMap.empty().get(1)).toBeNull();
  });

  it('give raw values to JsonOutput as plain objects in key order', () => {
    const v = JSON.parse('{"b":[{"z":1,"y":null}],"a":"x"}') as unknown;
    expect(JSON.stringify(sortedPlain(v))).toBe('{"a":"x","b":[{"y":null,"z":1}]}');
    // A plain object cannot keep an array-index key in its place.
    expect(sortedPlain(JSON.parse('{"10":1,"9":2}'))).toBeNull();
    expect(hasIndexKey(['!', '10', 'a'])).toBe(true);
    expect(hasIndexKey(['01', 'a'])).toBe(false);
  });
});

describe('HashMap order', () => {
  it('follows Java: bucket of the spread hash, insertion order within a bucket', () => {
    expect(javaHashCode('id')).toBe(3355);
    expect(javaHashCode('Aa')).toBe(javaHashCode('BB'));
    // "Aa" and "BB" share bucket 0 ("id" is in 11): insertion order decides (as java.util.HashMap).
    expect(hashMapOrder(['BB', 'Aa', 'id'], javaHashCode)).toEqual(['BB', 'Aa', 'id']);
  });
});
