import { describe, expect, it } from 'vitest';
import { body, runOn } from './testing';

const caught = {
  '@exception': true,
  type: 'com.sap.it.rt.adapter.http.api.exception.HttpResponseException',
  message: 'An internal server error occured: 500',
  line: 4,
  column: 7,
};

describe('CamelExceptionCaught: tagged data in, Java exception in the script, tagged data out', () => {
  it('answers getMessage, getLocalizedMessage, getClass().getName(), toString and .message', async () => {
    const r = await runOn(
      body(`  var ex = message.getProperties().get("CamelExceptionCaught");
  message.setProperty("msg", ex.getMessage());
  message.setProperty("localized", ex.getLocalizedMessage());
  message.setProperty("cls", ex.getClass().getName());
  message.setProperty("simple", ex.getClass().getSimpleName());
  message.setProperty("text", ex.toString());
  message.setProperty("concat", "Failed: " + ex);
  message.setProperty("plain", ex.message);
  message.setProperty("isError", ex instanceof Error);
  message.setProperty("msgLength", ex.getMessage().length());`),
      { properties: { CamelExceptionCaught: caught } },
    );
    expect(r.error).toBeUndefined();
    const p = r.message.properties;
    expect(p.msg).toBe(caught.message);
    expect(p.localized).toBe(caught.message);
    expect(p.cls).toBe(caught.type);
    expect(p.simple).toBe('HttpResponseException');
    expect(p.text).toBe(`${caught.type}: ${caught.message}`);
    expect(p.concat).toBe(`Failed: ${caught.type}: ${caught.message}`);
    expect(p.plain).toBe(caught.message);
    expect(p.isError).toBe(true);
    expect(p.msgLength).toBe(caught.message.length);
  });

  it('leaves the script as the same tagged data (also when the script does not touch it)', async () => {
    const touched = await runOn(
      body(
        '  message.getProperty("CamelExceptionCaught").getMessage();\n  message.setProperty("x", 1);',
      ),
      { properties: { CamelExceptionCaught: caught } },
    );
    expect(touched.message.properties.CamelExceptionCaught).toEqual(caught);
    const untouched = await runOn(body('  message.setBody("b");'), {
      properties: { CamelExceptionCaught: caught },
    });
    expect(untouched.message.properties.CamelExceptionCaught).toEqual(caught);
  });

  it('a known Java type is that class; instanceof and getClass() agree', async () => {
    const r = await runOn(
      body(`  var ex = message.getProperty("e");
  message.setProperty("nfe", ex instanceof java.lang.NumberFormatException);
  message.setProperty("iae", ex instanceof java.lang.IllegalArgumentException);
  message.setProperty("same", ex.getClass() === java.lang.NumberFormatException);`),
      {
        properties: {
          e: { '@exception': true, type: 'java.lang.NumberFormatException', message: 'For input' },
        },
      },
    );
    expect(r.message.properties).toMatchObject({ nfe: true, iae: true, same: true });
    expect(r.message.properties.e).toEqual({
      '@exception': true,
      type: 'java.lang.NumberFormatException',
      message: 'For input',
    });
  });

  it('a JavaScript error type from a failed script step (type "Error") and a missing message', async () => {
    const r = await runOn(
      body(`  var ex = message.getProperty("CamelExceptionCaught");
  message.setBody(ex.getClass().getName() + "|" + ex.getMessage() + "|" + ex.toString());`),
      { properties: { CamelExceptionCaught: { '@exception': true, type: 'Error' } } },
    );
    expect(r.message.body).toBe('Error||Error');
  });

  it('also in headers, and getHeader(name, String) gives its text', async () => {
    const r = await runOn(
      body('  message.setBody(message.getHeader("failure", java.lang.String).toUpperCase());'),
      {
        headers: { failure: { '@exception': true, type: 'java.io.IOException', message: 'gone' } },
      },
    );
    expect(r.message.body).toBe('JAVA.IO.IOEXCEPTION: GONE');
    expect(r.message.headers.failure).toEqual({
      '@exception': true,
      type: 'java.io.IOException',
      message: 'gone',
    });
  });

  it('an exception the script stores in the message leaves as tagged data', async () => {
    const r = await runOn(
      body(`  try { java.lang.Integer.parseInt("x"); } catch (e) { message.setProperty("err", e); }
  message.setProperty("js", new TypeError("bad"));`),
    );
    expect(r.message.properties.err).toEqual({
      '@exception': true,
      type: 'java.lang.NumberFormatException',
      message: 'For input string: "x"',
    });
    expect(r.message.properties.js).toEqual({
      '@exception': true,
      type: 'TypeError',
      message: 'bad',
    });
  });

  it('only top-level values tagged exactly true are turned into exceptions', async () => {
    const data = {
      nested: { inner: { '@exception': true, type: 'T', message: 'm' } },
      notTrue: { '@exception': 'yes', type: 'T', message: 'm' },
    };
    const r = await runOn(
      body(`  var n = message.getProperty("nested");
  message.setBody(typeof n.inner.getMessage + "," + typeof message.getProperty("notTrue").getMessage);`),
      { properties: data },
    );
    expect(r.message.body).toBe('undefined,undefined');
    expect(r.message.properties).toEqual(data);
  });
});
