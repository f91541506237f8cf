/**
 * Prelude part 3: java.util collections (HashMap/LinkedHashMap/TreeMap, ArrayList, HashSet, Iterator).
 * A JavaMap can be case-insensitive and hand strings out as JavaString: that is how the message's
 * live header and property maps are built.
 */
export const COLLECTIONS_JS = String.raw`
function keyOf(k) { return k instanceof JavaString ? k[VAL] : k; }
function JavaIterator(items) { this._a = items; this._i = 0; }
methods(JavaIterator.prototype, {
  hasNext: function () { return this._i < this._a.length; },
  next: function () {
    if (this._i >= this._a.length) throw jthrow(JavaExceptions.NoSuchElementException);
    return this._a[this._i++];
  },
});
function iterable(proto) {
  hide(proto, Symbol.iterator, function () { return this.toArray()[Symbol.iterator](); });
  methods(proto, {
    iterator: function () { return new JavaIterator(this.toArray()); },
    forEach: function (fn) { this.toArray().forEach(function (x) { fn(x); }); },
    stream: function () { return this.toArray(); },
  });
}
function MapEntry(map, k, v) { this._map = map; this.k = k; this.v = v; }
methods(MapEntry.prototype, {
  getKey: function () { return this._map._out(this.k); },
  getValue: function () { return this._map._out(this.v); },
  setValue: function (v) { var old = this.v; this.v = v; return this._map._out(old); },
  toString: function () { return describe(this.getKey()) + '=' + describe(this.getValue()); },
});

// A Java map's state is hidden (for-in and JSON see what Rhino shows, not our fields).
function JavaMap(init) {
  hide(this, '_m', new JsMap());
  hide(this, '_ci', false);
  hide(this, '_wrap', false);
  hide(this, '_order', 'hash');
  hide(this, '_cap', 16);
  if (init) this._fill(init);
}
/**
 * Options: caseInsensitive (Camel's header map: also sorted by name, ignoring case), wrapStrings
 * (hand strings out as Java strings), sorted (TreeMap), linked (LinkedHashMap: insertion order).
 * Otherwise the map iterates in java.util.HashMap's order (see hashIndex).
 */
function makeMap(options, init) {
  var m = new JavaMap();
  m._ci = !!options.caseInsensitive;
  m._wrap = !!options.wrapStrings;
  m._order = options.sorted ? 'sorted' : m._ci ? 'ci' : options.linked ? 'linked' : 'hash';
  if (init) m._fill(init);
  return m;
}
function javaHashCode(k) {
  if (typeof k === 'string') {
    var h = 0;
    for (var i = 0; i < k.length; i++) h = (Math.imul(31, h) + k.charCodeAt(i)) | 0;
    return h;
  }
  if (typeof k === 'number' && (k | 0) === k) return k;
  if (typeof k === 'boolean') return k ? 1231 : 1237;
  return 0;
}
/** Bucket of a key in a java.util.HashMap table of \`cap\` slots (hash spread as in Java 8+). */
function hashIndex(k, cap) {
  var h = javaHashCode(k);
  return (h ^ (h >>> 16)) & (cap - 1);
}
function tableSizeFor(n) { var c = 1; while (c < n) c *= 2; return c; }
function byName(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
methods(JavaMap.prototype, {
  _norm: function (k) { k = keyOf(k); return this._ci && typeof k === 'string' ? k.toLowerCase() : k; },
  _out: function (v) { return this._wrap && typeof v === 'string' ? jstr(v) : v; },
  // new HashMap(map) sizes its table for the map, as Java does.
  _fill: function (src) {
    var n = src instanceof JavaMap ? src.size() : src && typeof src === 'object' ? keysOf(src).length : 0;
    if (n > 0 && this._m.size === 0) this._cap = Math.max(1, tableSizeFor(Math.floor(n / 0.75 + 1)));
    this.putAll(src);
  },
  _entries: function () {
    var list = [];
    this._m.forEach(function (e) { list.push(e); });
    var order = this._order, cap = this._cap;
    if (order === 'sorted') list.sort(function (a, b) { return byName(a.k, b.k); });
    else if (order === 'ci') list.sort(function (a, b) { return byName(JsString(a.k).toLowerCase(), JsString(b.k).toLowerCase()); });
    else if (order === 'hash') {
      var idx = list.map(function (e, i) { return { e: e, i: i, b: hashIndex(e.k, cap) }; });
      idx.sort(function (x, y) { return x.b - y.b || x.i - y.i; });
      list = idx.map(function (x) { return x.e; });
    }
    return list;
  },
  toJSON: function () { return this.__plain(0); },
  get: function (k) { var e = this._m.get(this._norm(k)); return e ? this._out(e.v) : null; },
  getOrDefault: function (k, d) { return this.containsKey(k) ? this.get(k) : d; },
  put: function (k, v) {
    var n = this._norm(k), e = this._m.get(n);
    if (e) { var old = e.v; e.v = v; return this._out(old); }
    this._m.set(n, new MapEntry(this, keyOf(k), v));
    if (this._m.size > this._cap * 0.75) this._cap *= 2;
    return null;
  },
  putIfAbsent: function (k, v) { return this.containsKey(k) ? this.get(k) : this.put(k, v); },
  putAll: function (src) {
    var self = this;
    if (src instanceof JavaMap) src._entries().forEach(function (e) { self.put(e.k, e.v); });
    // A Groovy script's JsonSlurper map (src/core/script/shims/groovyMap.ts), in its order.
    else if (src && typeof src.__gentries === 'function') src.__gentries().forEach(function (e) { self.put(e[0], e[1]); });
    else if (src && typeof src === 'object') keysOf(src).forEach(function (k) { self.put(k, src[k]); });
  },
  remove: function (k) {
    var n = this._norm(k), e = this._m.get(n);
    if (!e) return null;
    this._m.delete(n);
    return this._out(e.v);
  },
  containsKey: function (k) { return this._m.has(this._norm(k)); },
  containsValue: function (v) {
    var x = keyOf(v);
    return this._entries().some(function (e) { return keyOf(e.v) === x; });
  },
  size: function () { return this._m.size; },
  isEmpty: function () { return this._m.size === 0; },
  clear: function () { this._m.clear(); },
  keySet: function () { var self = this; return listToSet(this._entries().map(function (e) { return self._out(e.k); })); },
  values: function () { var self = this; return new JavaList(this._entries().map(function (e) { return self._out(e.v); })); },
  entrySet: function () { return listToSet(this._entries()); },
  forEach: function (fn) { var self = this; this._entries().forEach(function (e) { fn(self._out(e.k), self._out(e.v)); }); },
  toString: function () { return '{' + this._entries().map(function (e) { return e.toString(); }).join(', ') + '}'; },
  getClass: function () { return JavaMap; },
  __plain: function (depth) {
    var out = {};
    this._entries().forEach(function (e) {
      var x = toPlain(e.v, depth + 1);
      if (x !== undefined) out[str(e.k)] = x;
    });
    return out;
  },
});

function JavaList(items) {
  if (!(this instanceof JavaList)) return new JavaList(items);
  this._a = isArray(items) ? items.slice() : items instanceof JavaList || items instanceof JavaSet ? items.toArray() : [];
}
function checkIndex(list, i, max) {
  if (!(i >= 0 && i <= max)) throw jthrow(JavaExceptions.IndexOutOfBoundsException, 'Index ' + i + ' out of bounds for length ' + list._a.length);
}
methods(JavaList.prototype, {
  add: function (a, b) {
    if (arguments.length > 1) { checkIndex(this, a, this._a.length); this._a.splice(a, 0, b); return undefined; }
    this._a.push(a);
    return true;
  },
  addAll: function (items) { var self = this; toJsArray(items).forEach(function (x) { self._a.push(x); }); return true; },
  get: function (i) { checkIndex(this, i, this._a.length - 1); return this._a[i]; },
  set: function (i, v) { checkIndex(this, i, this._a.length - 1); var old = this._a[i]; this._a[i] = v; return old; },
  remove: function (x) {
    if (typeof x === 'number') { checkIndex(this, x, this._a.length - 1); return this._a.splice(x, 1)[0]; }
    var i = this.indexOf(x);
    if (i < 0) return false;
    this._a.splice(i, 1);
    return true;
  },
  indexOf: function (x) { var k = keyOf(x); for (var i = 0; i < this._a.length; i++) if (keyOf(this._a[i]) === k) return i; return -1; },
  contains: function (x) { return this.indexOf(x) >= 0; },
  size: function () { return this._a.length; },
  isEmpty: function () { return this._a.length === 0; },
  clear: function () { this._a.length = 0; },
  toArray: function () { return this._a.slice(); },
  subList: function (a, b) { return new JavaList(this._a.slice(a, b)); },
  sort: function (cmp) { this._a.sort(cmp ? function (x, y) { return typeof cmp === 'function' ? cmp(x, y) : cmp.compare(x, y); } : undefined); },
  toString: function () { return '[' + this._a.map(describe).join(', ') + ']'; },
  getClass: function () { return JavaList; },
  toJSON: function () { return plainArray(this._a, 0); },
});
iterable(JavaList.prototype);

function JavaSet(items) {
  if (!(this instanceof JavaSet)) return new JavaSet(items);
  this._m = new JsMap();
  if (items) this.addAll(items);
}
function listToSet(items) { var s = new JavaSet(); items.forEach(function (x) { s.add(x); }); return s; }
function toJsArray(items) {
  return isArray(items) ? items : items && typeof items.toArray === 'function' ? items.toArray() : [];
}
methods(JavaSet.prototype, {
  add: function (x) { var k = keyOf(x); if (this._m.has(k)) return false; this._m.set(k, x); return true; },
  addAll: function (items) { var self = this; toJsArray(items).forEach(function (x) { self.add(x); }); return true; },
  contains: function (x) { return this._m.has(keyOf(x)); },
  remove: function (x) { return this._m.delete(keyOf(x)); },
  size: function () { return this._m.size; },
  isEmpty: function () { return this._m.size === 0; },
  clear: function () { this._m.clear(); },
  toArray: function () { var a = []; this._m.forEach(function (v) { a.push(v); }); return a; },
  toString: function () { return '[' + this.toArray().map(describe).join(', ') + ']'; },
  getClass: function () { return JavaSet; },
  toJSON: function () { return plainArray(this.toArray(), 0); },
});
iterable(JavaSet.prototype);
`;
