import { describe, expect, it } from 'vitest';
import { findSyntaxError } from './syntaxCheck';

describe('findSyntaxError', () => {
  it('accepts the Hello World script and modern syntax', () => {
    expect(
      findSyntaxError(
        'function processData(message) {\n    message.setBody("Hello world from IFlow");\n    return message;\n}',
      ),
    ).toBeNull();
    expect(findSyntaxError('const f = (m) => m.getBody() + `x${1}`;')).toBeNull();
    expect(
      findSyntaxError('importClass(com.sap.gateway.ip.core.customdev.util.Message);'),
    ).toBeNull();
  });

  it('gives the line and column (1-based) of the error', () => {
    const source =
      'function processData(message) {\n  var body = message.getBody();\n  message.setBody("x" +);\n  return message;\n}';
    expect(findSyntaxError(source)).toEqual({
      message: 'Unexpected token',
      line: 3,
      column: 24,
    });
  });

  it('reports an unclosed function at the end of the script', () => {
    const e = findSyntaxError('function processData(message) {\n  return message;\n');
    expect(e).toMatchObject({ line: 3, column: 1, message: 'Unexpected token' });
  });

  it('reports syntax Rhino 1.7.14 does not compile, at its place', () => {
    expect(findSyntaxError('var a = 1;\nvar b = a ?? 2;')).toEqual({
      message: "Rhino 1.7.14, CPI's JavaScript engine, does not support the ?? operator",
      line: 2,
      column: 9,
    });
  });

  it('answers the same for the same source (cached)', () => {
    const bad = 'function (';
    expect(findSyntaxError(bad)).toBe(findSyntaxError(bad));
  });
});
