/** Prelude part 5: java.util.Date, UUID, Base64, TimeZone, Arrays, Collections; java.text.SimpleDateFormat. */
export const JAVA_UTIL_JS = String.raw`
class JavaDate extends JsDate {
  constructor(v) { if (v === undefined) super(); else super(v instanceof JsDate ? v.getTime() : v); }
  before(d) { return this.getTime() < d.getTime(); }
  after(d) { return this.getTime() > d.getTime(); }
  compareTo(d) { return Math.sign(this.getTime() - d.getTime()); }
  equals(d) { return d instanceof JsDate && d.getTime() === this.getTime(); }
  toString() { return new SimpleDateFormat('EEE MMM dd HH:mm:ss zzz yyyy').format(this).toString(); }
  getClass() { return JavaDate; }
}
var JUUID = {
  randomUUID: function () {
    var s = 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
      var r = (Math.random() * 16) | 0;
      return (c === 'x' ? r : (r & 3) | 8).toString(16);
    });
    return { toString: function () { return jstr(s); }, valueOf: function () { return s; }, toJSON: function () { return s; } };
  },
};
function b64Coder(url, mime) {
  return {
    encodeToString: function (v) { return jstr(base64Encode(toBytes(v), url)); },
    encode: function (v) { return new Int8Array(utf8Encode(base64Encode(toBytes(v), url))); },
    decode: function (v) { return base64Decode(v); },
    withoutPadding: function () { return b64Coder(url, mime); },
  };
}
var JBase64 = {
  getEncoder: function () { return b64Coder(false); },
  getDecoder: function () { return b64Coder(false); },
  getUrlEncoder: function () { return b64Coder(true); },
  getUrlDecoder: function () { return b64Coder(true); },
  getMimeEncoder: function () { return b64Coder(false, true); },
  getMimeDecoder: function () { return b64Coder(false, true); },
};
var JDatatypeConverter = {
  printBase64Binary: function (v) { return jstr(base64Encode(toBytes(v))); },
  parseBase64Binary: function (v) { return base64Decode(v); },
};
function TimeZone(id, offsetMin) { this.id = id; this.offset = offsetMin; }
methods(TimeZone.prototype, {
  getID: function () { return jstr(this.id); },
  getRawOffset: function () { return this.offset * 60000; },
});
methods(TimeZone, {
  getTimeZone: function (id) {
    var m = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$/.exec(str(id));
    if (m) return new TimeZone(str(id), (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] || 0)));
    // Like Java, an unknown zone id falls back to GMT (the sandbox has no time zone database).
    return new TimeZone(/^(UTC|GMT|Z)$/.test(str(id)) ? str(id) : 'GMT', 0);
  },
  getDefault: function () { return new TimeZone('UTC', 0); },
});
var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
var DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
function pad(n, w) { var s = JsString(Math.abs(n)); while (s.length < w) s = '0' + s; return (n < 0 ? '-' : '') + s; }
function tokenize(pattern) {
  var re = /'([^']*)'|([A-Za-z])\2*|[^A-Za-z']+/g, out = [], m;
  while ((m = re.exec(pattern))) {
    if (m[1] !== undefined) out.push({ lit: m[1] === '' ? "'" : m[1] });
    else if (m[2]) out.push({ ch: m[2], n: m[0].length });
    else out.push({ lit: m[0] });
  }
  return out;
}
function offsetText(min, n, ch) {
  var sign = min < 0 ? '-' : '+', a = Math.abs(min), h = pad(Math.floor(a / 60), 2), m = pad(a % 60, 2);
  if (ch === 'X' && min === 0) return 'Z';
  if (ch === 'z') return min === 0 ? 'UTC' : 'GMT' + sign + h + ':' + m;
  return n >= 3 || (ch === 'X' && n === 3) ? sign + h + ':' + m : ch === 'X' && n === 1 ? sign + h : sign + h + m;
}
function SimpleDateFormat(pattern) {
  if (!(this instanceof SimpleDateFormat)) return new SimpleDateFormat(pattern);
  this._tokens = tokenize(str(pattern === undefined ? "yyyy-MM-dd'T'HH:mm:ss.SSSZ" : pattern));
  this._tz = TimeZone.getDefault();
}
methods(SimpleDateFormat.prototype, {
  setTimeZone: function (tz) { this._tz = tz; },
  getTimeZone: function () { return this._tz; },
  setLenient: function () {},
  format: function (date) {
    var ms = typeof date === 'number' ? date : date.getTime();
    var d = new JsDate(ms + this._tz.offset * 60000), tz = this._tz;
    var f = {
      y: d.getUTCFullYear(), M: d.getUTCMonth(), d: d.getUTCDate(), H: d.getUTCHours(),
      m: d.getUTCMinutes(), s: d.getUTCSeconds(), S: d.getUTCMilliseconds(), E: d.getUTCDay(),
    };
    return jstr(this._tokens.map(function (t) {
      if (t.lit !== undefined) return t.lit;
      switch (t.ch) {
        case 'y': return t.n === 2 ? pad(f.y % 100, 2) : pad(f.y, t.n);
        case 'M': return t.n >= 4 ? MONTHS[f.M] : t.n === 3 ? MONTHS[f.M].slice(0, 3) : pad(f.M + 1, t.n);
        case 'd': return pad(f.d, t.n);
        case 'H': return pad(f.H, t.n);
        case 'h': return pad(f.H % 12 || 12, t.n);
        case 'm': return pad(f.m, t.n);
        case 's': return pad(f.s, t.n);
        case 'S': return pad(f.S, 3).slice(0, Math.max(t.n, 3)) + (t.n > 3 ? pad(0, t.n - 3) : '');
        case 'E': return t.n >= 4 ? DAYS[f.E] : DAYS[f.E].slice(0, 3);
        case 'a': return f.H < 12 ? 'AM' : 'PM';
        case 'Z': case 'X': case 'z': case 'x': return offsetText(tz.offset, t.n, t.ch);
        default: throw jthrow(JavaExceptions.IllegalArgumentException, "Illegal pattern character '" + t.ch + "'");
      }
    }).join(''));
  },
  parse: function (text) {
    var s = str(text), pos = 0, v = { y: 1970, M: 0, d: 1, H: 0, m: 0, s: 0, S: 0 }, off = this._tz.offset, pm = null;
    this._tokens.forEach(function (t) {
      if (t.lit !== undefined) {
        if (s.substr(pos, t.lit.length) !== t.lit) throw jthrow(JavaExceptions.ParseException, 'Unparseable date: "' + s + '"');
        pos += t.lit.length;
        return;
      }
      var m;
      if (t.ch === 'M' && t.n >= 3) {
        m = /^[A-Za-z]+/.exec(s.slice(pos));
        var idx = m ? MONTHS.findIndex(function (x) { return x.slice(0, 3).toLowerCase() === m[0].slice(0, 3).toLowerCase(); }) : -1;
        if (idx < 0) throw jthrow(JavaExceptions.ParseException, 'Unparseable date: "' + s + '"');
        v.M = idx; pos += m[0].length; return;
      }
      if (t.ch === 'E') { m = /^[A-Za-z]+/.exec(s.slice(pos)); pos += m ? m[0].length : 0; return; }
      if (t.ch === 'a') { m = /^(AM|PM)/i.exec(s.slice(pos)); pm = m ? m[0].toUpperCase() === 'PM' : null; pos += m ? 2 : 0; return; }
      if (t.ch === 'Z' || t.ch === 'X' || t.ch === 'z' || t.ch === 'x') {
        m = /^(Z|UTC|GMT)?(?:([+-])(\d{2}):?(\d{2})?)?/.exec(s.slice(pos));
        if (m && m[2]) off = (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4] || 0));
        else if (m && m[1]) off = 0;
        pos += m ? m[0].length : 0;
        return;
      }
      m = new JsRegExp('^\\d{1,' + (t.n > 2 && t.ch !== 'y' ? t.n : t.ch === 'y' ? 4 : 2) + '}').exec(s.slice(pos));
      if (!m) throw jthrow(JavaExceptions.ParseException, 'Unparseable date: "' + s + '"');
      var n = Number(m[0]);
      pos += m[0].length;
      if (t.ch === 'y') v.y = t.n === 2 ? 2000 + n : n;
      else if (t.ch === 'M') v.M = n - 1;
      else if (t.ch === 'd') v.d = n;
      else if (t.ch === 'H' || t.ch === 'h') v.H = n;
      else if (t.ch === 'm') v.m = n;
      else if (t.ch === 's') v.s = n;
      else if (t.ch === 'S') v.S = n;
    });
    if (pm !== null) v.H = (v.H % 12) + (pm ? 12 : 0);
    return new JavaDate(JsDate.UTC(v.y, v.M, v.d, v.H, v.m, v.s, v.S) - off * 60000);
  },
});
var JArrays = {
  asList: function () { return new JavaList(arguments.length === 1 && isArray(arguments[0]) ? arguments[0] : Array.prototype.slice.call(arguments)); },
  toString: function (a) { return jstr('[' + Array.prototype.map.call(a, describe).join(', ') + ']'); },
};
var JCollections = {
  sort: function (list, cmp) { list.sort(cmp); },
  reverse: function (list) { list._a.reverse(); },
  emptyList: function () { return new JavaList(); },
  emptyMap: function () { return new JavaMap(); },
};
`;
