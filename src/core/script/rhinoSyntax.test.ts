import { describe, expect, it } from 'vitest';
import { rhinoModeOf } from './rhinoMode';
import { rhinoSyntaxError } from './rhinoSyntax';
import { runOn } from './testing';

const fn = (body: string): string =>
  `function processData(message) {\n  ${body}\n  return message;\n}`;

describe('syntax Rhino 1.7.14 rejects (checked against rhino -version 200 / 180)', () => {
  it.each([
    ['class A {}', 'class declarations', 1],
    [fn('var m = Math.max(...[1, 2]);'), 'spread syntax', 2],
    ['function f(a, b = 2) { return b; }', 'default values', 1],
    ['function f(...rest) { return rest; }', 'rest parameters', 1],
    ['var k = "x";\nvar o = { [k]: 1 };', 'computed property names', 2],
    ['var o = null;\nvar x = o?.a;', 'optional chaining', 2],
    ['var x = null ?? 1;', 'the ?? operator', 1],
    ['var a; a ||= 1;', 'the ||= operator', 1],
    ['try { x(); } catch { }', 'catch without a parameter', 1],
    ['var r = /a.b/s;', 'regular expression flag', 1],
    ['async function processData(m) { return m; }', 'async functions', 1],
  ])('%s', (source, what, line) => {
    const e = rhinoSyntaxError(source, 'script1.js');
    expect(e?.type).toBe('SyntaxError');
    expect(e?.message).toContain(what);
    expect(e?.line).toBe(line);
  });

  it('accepts what Rhino 1.7.14 runs in ES6 mode', () => {
    const ok = [
      'let a = 1; const b = 2;',
      'var f = (x) => x * 2;',
      'var t = `a${1}`;',
      'var [p, q] = [1, 2]; var { r, s } = { r: 1, s: 2 };',
      'var o = { a: 1, m() { return 1; }, get g() { return 2; } }; var a = 1; var sh = { a };',
      'function* g() { yield 1; }',
      'for (var v of [1]) {}',
      'var e = 2 ** 3; var n = 10n; var big = 1_000;',
    ];
    for (const source of ok) expect(rhinoSyntaxError(source, 's.js')).toBeNull();
  });

  it('refuses the ES6 additions in Rhino 1.8 mode', () => {
    const head = '// @rhino-version 1.8\n';
    expect(rhinoModeOf(head)).toBe('1.8');
    expect(rhinoSyntaxError(`${head}for (var v of [1]) {}`, 's.js')?.message).toContain('for…of');
    expect(rhinoSyntaxError(`${head}var a = 1; var o = { a };`, 's.js')?.message).toContain(
      'shorthand',
    );
    expect(rhinoSyntaxError(`${head}var e = 2 ** 3;`, 's.js')?.message).toContain('**');
    expect(rhinoSyntaxError(`${head}var f = (x) => x; var t = \`\${1}\`;`, 's.js')).toBeNull();
  });

  it('the sandbox reports it as a syntax error at its line', async () => {
    const r = await runOn(fn('message.setBody(String(Math.max(...[3, 1])));'));
    expect(r.error).toMatchObject({ type: 'SyntaxError', line: 2, column: 35 });
    expect(r.error?.message).toContain('spread syntax');
  });
});
