import { describe, expect, it } from 'vitest';
import { placeInSource } from './checkSyntax';
import { runOn } from './testing';

/** The line count as an editor shows it for the text up to its last non-blank character. */
function contentLines(source: string): number {
  return source.replace(/\s+$/, '').split('\n').length;
}

async function errorOf(source: string) {
  const r = await runOn(source, { body: 'in' });
  expect(r.message.body).toBe('in');
  expect(r.error).toBeDefined();
  const error = r.error!;
  expect(error.line).toBeGreaterThanOrEqual(1);
  expect(error.line).toBeLessThanOrEqual(contentLines(source));
  return error;
}

const HELLO = [
  'function processData(message) {',
  '    var body = message.getBody();',
  '',
  '    message.setBody("Hello world from IFlow");',
  '',
  '    return message;',
  '}',
];

describe('syntax errors are reported at their line in the user script', () => {
  it('an extra closing brace after an 8-line script (the reported bug: line 9)', async () => {
    const source = [...HELLO, '}'].join('\n');
    expect(source.split('\n')).toHaveLength(8);
    expect(await errorOf(source)).toMatchObject({
      type: 'SyntaxError',
      message: "unexpected token in expression: '}'",
      line: 8,
      column: 1,
    });
    // Same with a trailing newline and blank lines after it.
    expect(await errorOf(`${source}\n\n\n`)).toMatchObject({ line: 8, column: 1 });
  });

  it('an extra closing brace inside the function body', async () => {
    const source = 'function processData(message) {\n  if (true) {\n  }\n  }\n  return message;\n}';
    expect(await errorOf(source)).toMatchObject({ type: 'SyntaxError', line: 5, column: 3 });
  });

  it('a missing closing brace points at the end of the last line with code', async () => {
    for (const tail of ['', '\n', '\n\n   \n']) {
      const source = `function processData(message) {\n  var x = 1;\n  return message;${tail}`;
      expect(await errorOf(source)).toMatchObject({
        type: 'SyntaxError',
        message: 'unexpected end of script',
        line: 3,
        column: 18,
      });
    }
  });

  it('an error on the last line, with and without a trailing newline', async () => {
    const head = 'function processData(message) {\n  return message;\n}\n';
    expect(await errorOf(`${head}var x = ;`)).toMatchObject({ line: 4, column: 9 });
    expect(await errorOf(`${head}var x = ;\n`)).toMatchObject({ line: 4, column: 9 });
    expect(await errorOf(`${head}var x =`)).toMatchObject({
      message: 'unexpected end of script',
      line: 4,
      column: 8,
    });
    expect(await errorOf(`${head}foo(`)).toMatchObject({ line: 4, column: 5 });
  });

  it('unterminated strings, template literals, comments and regular expressions', async () => {
    const str = 'function processData(message) {\n  var s = "abc;\n  return message;\n}';
    expect(await errorOf(str)).toMatchObject({
      type: 'SyntaxError',
      message: 'unexpected end of string',
      line: 2,
      column: 11,
    });
    const tpl = 'function processData(message) {\n  var s = `abc;\n  return message;\n}';
    expect(await errorOf(tpl)).toMatchObject({ line: 2, column: 11 });
    const tplAtEnd = 'function processData(m) {\n  return m;\n}\nvar s = `abc';
    expect(await errorOf(tplAtEnd)).toMatchObject({ line: 4, column: 9 });
    const comment = 'function processData(m) {\n  return m;\n}\n/* not closed\n\n';
    expect(await errorOf(comment)).toMatchObject({ message: 'unexpected end of comment', line: 4 });
    const regexp = 'function processData(m) {\n  return m;\n}\nvar r = /abc';
    expect(await errorOf(regexp)).toMatchObject({ line: 4, column: 9 });
  });

  it('a script that closes the wrapper cannot move the error into the wrapper', async () => {
    const r = await errorOf('}); (function(){\nfunction processData(m) { return m; }');
    expect(r).toMatchObject({ type: 'SyntaxError', line: 1, column: 1 });
  });

  it('a top-level return is a syntax error, as in Rhino', async () => {
    expect(await errorOf('return 1;\nfunction processData(m) { return m; }')).toMatchObject({
      type: 'SyntaxError',
      message: 'return not in a function',
      line: 1,
    });
  });

  it('columns count UTF-16 units like the editor, also after astral characters', async () => {
    const r = await errorOf('function processData(m) {\n  var s = "😀ü"; var a = ;\n}');
    // "  var s = \"😀ü\"; var a = " is 25 UTF-16 units (24 code points): ";" is at column 26.
    expect(r).toMatchObject({ line: 2, column: 26 });
    const rt = await errorOf('function processData(m) {\n  var s = "😀"; var a = null.x;\n}');
    expect(rt).toMatchObject({ type: 'TypeError', line: 2, column: 29 });
  });

  it('Windows line endings keep lines and columns', async () => {
    const r = await errorOf('function processData(m) {\r\n  var x = 1;\r\n  var a = ;\r\n}\r\n');
    expect(r).toMatchObject({ line: 3, column: 11 });
  });

  it('a good script still runs after the syntax check', async () => {
    const r = await runOn(
      'function processData(message) {\n  message.setBody("ok");\n  return message;\n}',
    );
    expect(r.error).toBeUndefined();
    expect(r.message.body).toBe('ok');
  });
});

describe('placeInSource', () => {
  it('keeps positions inside the script and clamps positions beyond it', () => {
    const source = 'a\nbb\nccc\n\n';
    const e = { type: 'SyntaxError', message: 'x' };
    expect(placeInSource({ ...e, line: 2, column: 2 }, source)).toMatchObject({
      line: 2,
      column: 2,
    });
    expect(placeInSource({ ...e, line: 9, column: 1 }, source)).toMatchObject({
      line: 3,
      column: 4,
    });
    expect(placeInSource({ ...e, line: 3, column: 70 }, source)).toMatchObject({
      line: 3,
      column: 4,
    });
    expect(placeInSource({ ...e, line: 0, column: 0 }, source)).toMatchObject({
      line: 1,
      column: 1,
    });
    expect(placeInSource({ ...e, line: 1, column: 1 }, '')).toMatchObject({ line: 1, column: 1 });
    expect(placeInSource(e, source)).toEqual(e);
  });
});
