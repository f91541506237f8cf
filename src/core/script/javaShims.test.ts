import { describe, expect, it } from 'vitest';
import { body, runOn } from './testing';

async function value(expr: string, setup = ''): Promise<unknown> {
  const r = await runOn(body(`${setup}\n  message.setBody(${expr});`));
  if (r.error) throw new Error(`${r.error.type}: ${r.error.message}`);
  return r.message.body;
}

describe('Java shims', () => {
  it('Java String methods on Message API strings', async () => {
    const m = { body: '  Hello, World  ' };
    const r = await runOn(
      body(`var s = message.getBody(java.lang.String);
  var t = s.trim();
  message.setBody([t.length(), t.length + 0, t.equals("Hello, World"), t.equalsIgnoreCase("hello, world"),
    t.contains("World"), t.startsWith("Hello"), t.endsWith("World"), t.toUpperCase().toString(),
    t.isEmpty(), t.replaceAll("[aeiou]", "*").toString(), t.split(",\\\\s*").length, t.substring(7).toString(),
    t.getBytes("UTF-8").length, t.toString() === "Hello, World", t.indexOf("W"), t.charAt(0) == "H",
    s == "  Hello, World  ", JSON.stringify({ v: t }), t.matches("H.*d"), t.replace("l", "L").toString(),
    t.compareTo("Hello"), "abc".hashCode(), "x".equals("x")]);`),
      m,
    );
    expect(r.error).toBeUndefined();
    expect(r.message.body).toEqual([
      12,
      // As in Rhino: "length" on a Java string is the Java method, shown as its text.
      'function length() {/*\nint length()\n*/}\n0',
      true,
      true,
      true,
      true,
      true,
      'HELLO, WORLD',
      false,
      'H*ll*, W*rld',
      2,
      'World',
      12,
      true,
      7,
      true,
      true,
      '{"v":"Hello, World"}',
      true,
      'HeLLo, WorLd',
      7,
      96354,
      true,
    ]);
  });

  it('importClass, importPackage (also inside functions) and Packages.*', async () => {
    expect(
      await value(
        'm.get("a")',
        'importClass(java.util.HashMap);\n  var m = new HashMap(); m.put("a", 1);',
      ),
    ).toBe(1);
    expect(
      await value(
        'l.size() + "/" + typeof TreeMap',
        'importPackage(java.util);\n  var l = new ArrayList(); l.add(1); l.add(2);',
      ),
    ).toBe('2/function');
    expect(await value('new Packages.java.util.ArrayList().size()')).toBe(0);
    expect(await value('Packages.java.lang.String === java.lang.String')).toBe(true);
  });

  it('HashMap and ArrayList behave like Java', async () => {
    const v = await value(
      '[m.put("a", 1), m.put("a", 2), m.get("a"), m.get("zz"), m.containsKey("a"), m.size(), m.remove("a"), m.isEmpty(), m.getOrDefault("q", "d"), l.get(1), l.indexOf("y"), l.contains("z"), l.remove("x"), l.size(), l.toString(), m2.toString()]',
      'var m = new java.util.HashMap(); var l = new java.util.ArrayList(); l.add("x"); l.add("y");\n  var m2 = new java.util.LinkedHashMap(); m2.put("k", "v"); m2.put("n", 1);',
    );
    expect(v).toEqual([
      null,
      1,
      2,
      null,
      true,
      1,
      2,
      true,
      'd',
      'y',
      1,
      false,
      true,
      1,
      '[y]',
      '{k=v, n=1}',
    ]);
    const err = await runOn(body('new java.util.ArrayList().get(3);'));
    expect(err.error?.type).toBe('java.lang.IndexOutOfBoundsException');
  });

  it('SimpleDateFormat formats and parses common patterns', async () => {
    const v = await value(
      '[f1.format(d), f2.format(d), f3.format(d), f4.format(f1.parse("2024-02-29")), f2.parse("2024-03-01T10:20:30.456Z").getTime(), f5.format(d)]',
      `var d = new java.util.Date(Date.UTC(2024, 0, 5, 13, 4, 9, 7));
  var f1 = new java.text.SimpleDateFormat("yyyy-MM-dd");
  var f2 = new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
  var f3 = new java.text.SimpleDateFormat("dd.MM.yy hh:mm a, EEE MMM");
  var f4 = new java.text.SimpleDateFormat("EEEE d MMMM yyyy");
  var f5 = new java.text.SimpleDateFormat("HH:mm Z");
  f5.setTimeZone(java.util.TimeZone.getTimeZone("GMT+02:00"));`,
    );
    expect(v).toEqual([
      '2024-01-05',
      '2024-01-05T13:04:09.007Z',
      '05.01.24 01:04 PM, Fri Jan',
      'Thursday 29 February 2024',
      Date.UTC(2024, 2, 1, 10, 20, 30, 456),
      '15:04 +0200',
    ]);
    const bad = await runOn(
      body('new java.text.SimpleDateFormat("yyyy-MM-dd").parse("not a date");'),
    );
    expect(bad.error?.type).toBe('java.text.ParseException');
  });

  it('Base64 encodes strings and bytes and decodes back', async () => {
    const v = await value(
      '[enc, "" + new java.lang.String(java.util.Base64.getDecoder().decode(enc), "UTF-8"), java.util.Base64.getEncoder().encodeToString(new java.lang.String("ab").getBytes()).toString(), java.util.Base64.getEncoder().encodeToString("user:pässword").toString()]',
      'var enc = "" + java.util.Base64.getEncoder().encodeToString("Grüße €".getBytes("UTF-8"));',
    );
    expect(v).toEqual([
      Buffer.from('Grüße €').toString('base64'),
      'Grüße €',
      'YWI=',
      Buffer.from('user:pässword').toString('base64'),
    ]);
  });

  it('Integer, Double, Boolean, System, UUID, StringBuilder, String.format', async () => {
    const v = await value(
      '[java.lang.Integer.parseInt("42") + 1, java.lang.Double.parseDouble("2.5") * 2, java.lang.Boolean.parseBoolean("TRUE"), typeof java.lang.System.currentTimeMillis(), /^[0-9a-f-]{36}$/.test("" + java.util.UUID.randomUUID()), sb.toString(), java.lang.String.format("%s has %d items, %.2f EUR", "cart", 3, 9.5).toString(), java.lang.Integer.valueOf("7")]',
      'var sb = new java.lang.StringBuilder(); sb.append("a").append(1).append(true);',
    );
    expect(v).toEqual([43, 5, true, 'number', true, 'a1true', 'cart has 3 items, 9.50 EUR', 7]);
  });

  it('undeclared assignments work (sloppy mode, as in Rhino)', async () => {
    expect(await value('map.get("k")', 'map = new java.util.HashMap(); map.put("k", "v");')).toBe(
      'v',
    );
  });
});
