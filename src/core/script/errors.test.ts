import { describe, expect, it } from 'vitest';
import { body, runOn } from './testing';

describe('errors carry type, message, line and column in the user script', () => {
  it('runtime errors', async () => {
    const r = await runOn(
      'function processData(message) {\n  var x = null;\n  return x.length;\n}',
      { body: 'in' },
    );
    expect(r.error).toMatchObject({
      type: 'TypeError',
      message: "cannot read property 'length' of null",
      line: 3,
      column: 11,
    });
    expect(r.message.body).toBe('in');
  });

  it('syntax errors, also on line 1 (the wrapper does not shift columns)', async () => {
    const r = await runOn('function processData(message) {\n  var a = ;\n}');
    expect(r.error).toMatchObject({ type: 'SyntaxError', line: 2, column: 11 });
    const first = await runOn('var x = );\nfunction processData(m) { return m; }');
    expect(first.error).toMatchObject({ type: 'SyntaxError', line: 1, column: 9 });
  });

  it('errors thrown by the script, including Java exceptions and non-Error values', async () => {
    const r = await runOn(body('\n  throw new java.lang.Exception("Order number missing");'));
    expect(r.error).toMatchObject({
      type: 'java.lang.Exception',
      message: 'Order number missing',
      line: 3,
      column: 32,
    });
    const s = await runOn(body('throw "plain text";'));
    expect(s.error).toMatchObject({ type: 'Error', message: 'plain text' });
    const e = await runOn(body('throw new Error("boom");'));
    expect(e.error).toMatchObject({ type: 'Error', message: 'boom', line: 2 });
  });

  it('an unsupported class names the class at the line that used it', async () => {
    const r = await runOn(
      'importClass(java.sql.DriverManager);\nfunction processData(message) {\n  var c = DriverManager.getConnection("jdbc:x");\n  return message;\n}',
    );
    expect(r.error).toMatchObject({
      type: 'java.lang.SecurityException',
      message:
        'java.sql.DriverManager is not available in the studio: scripts may not reach databases or directories',
      line: 3,
    });
    const direct = await runOn(body('\n  new java.io.FileInputStream("/etc/passwd");'));
    expect(direct.error).toMatchObject({
      message:
        'java.io.FileInputStream is not available in the studio: scripts may not use the file system',
      line: 3,
    });
  });

  it('a missing function is reported', async () => {
    const r = await runOn('function other(m) { return m; }');
    expect(r.error).toMatchObject({
      type: 'ReferenceError',
      message: 'Function processData is not defined in the script',
    });
  });

  it('a Java runtime exception from a shim has its Java type', async () => {
    const r = await runOn(body('\n  var n = java.lang.Integer.parseInt("abc");'));
    expect(r.error).toMatchObject({
      type: 'java.lang.NumberFormatException',
      message: 'For input string: "abc"',
      line: 3,
      column: 37,
    });
  });

  it('every error names its script file, limit breaches included', async () => {
    const syntax = await runOn('function processData(message) {\n  var = 1;\n}');
    const thrown = await runOn(body('null.x;'));
    const timeout = await runOn(body('for (;;) {}'), {}, { timeMs: 50 });
    for (const r of [syntax, thrown, timeout]) expect(r.error?.fileName).toBe('script1.js');
  });
});
