import { parse, type Node } from 'acorn';
import { rhinoModeOf, type RhinoMode } from './rhinoMode';
import type { ScriptError } from './types';

/**
 * Syntax that QuickJS accepts but Rhino 1.7.14 (CPI's engine) rejects, found on the parsed script
 * so that a script which would not even compile on CPI fails in the studio too, at the same line,
 * naming the construct. Checked against Rhino 1.7.14 in both its ES6 and 1.8 modes.
 */
type Rule = (node: AnyNode, mode: RhinoMode) => string | null;

interface AnyNode extends Node {
  [key: string]: unknown;
}

const REGEX_FLAGS_RHINO = /^[gim]*$/;

const RULES: Rule[] = [
  (n) =>
    n.type === 'ClassDeclaration' || n.type === 'ClassExpression' ? 'class declarations' : null,
  (n) => (n.type === 'SpreadElement' ? 'spread syntax (...)' : null),
  (n) => (n.type === 'RestElement' ? 'rest parameters and rest elements (...)' : null),
  (n) => (n.type === 'AssignmentPattern' ? 'default values for parameters or destructuring' : null),
  (n) =>
    n.type === 'Property' && n.computed === true
      ? 'computed property names ({ [key]: value })'
      : null,
  (n) => (n.type === 'ChainExpression' ? 'optional chaining (?.)' : null),
  (n) => (n.type === 'LogicalExpression' && n.operator === '??' ? 'the ?? operator' : null),
  (n) =>
    n.type === 'AssignmentExpression' && ['||=', '&&=', '??='].includes(String(n.operator))
      ? `the ${String(n.operator)} operator`
      : null,
  (n) => (n.type === 'CatchClause' && n.param === null ? 'catch without a parameter' : null),
  (n) => {
    const regex = n.type === 'Literal' ? (n.regex as { flags: string } | undefined) : undefined;
    return regex && !REGEX_FLAGS_RHINO.test(regex.flags)
      ? `the regular expression flag(s) "${regex.flags.replace(/[gim]/g, '')}"`
      : null;
  },
  (n) => (n.type === 'MetaProperty' ? 'new.target and import.meta' : null),
  (n) =>
    (n.type === 'FunctionDeclaration' ||
      n.type === 'FunctionExpression' ||
      n.type === 'ArrowFunctionExpression') &&
    n.async === true
      ? 'async functions'
      : null,
  (n) => (n.type === 'ImportExpression' ? 'import()' : null),
  // Rhino's 1.8 mode has no ES6 additions at all.
  (n, mode) =>
    mode === '1.8' && n.type === 'Property' && n.shorthand === true && n.kind === 'init'
      ? 'shorthand properties ({ a }) in Rhino 1.8 mode'
      : null,
  (n, mode) =>
    mode === '1.8' &&
    (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression') &&
    n.generator === true
      ? 'generator functions (function*) in Rhino 1.8 mode'
      : null,
  (n, mode) => (mode === '1.8' && n.type === 'ForOfStatement' ? 'for…of in Rhino 1.8 mode' : null),
  (n, mode) =>
    mode === '1.8' &&
    ((n.type === 'BinaryExpression' && n.operator === '**') ||
      (n.type === 'AssignmentExpression' && n.operator === '**='))
      ? 'the ** operator in Rhino 1.8 mode'
      : null,
  (n, mode) =>
    mode === '1.8' && n.type === 'Literal' && n.bigint !== undefined
      ? 'BigInt literals in Rhino 1.8 mode'
      : null,
];

function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

/** The first construct Rhino rejects, in source order, or null. */
function firstUnsupported(root: AnyNode, mode: RhinoMode): { what: string; node: AnyNode } | null {
  let found: { what: string; node: AnyNode } | null = null;
  const visit = (node: AnyNode): void => {
    if (found && found.node.start <= node.start) return;
    for (const rule of RULES) {
      const what = rule(node, mode);
      if (what) {
        if (!found || node.start < found.node.start) found = { what, node };
        return;
      }
    }
    for (const key of Object.keys(node)) {
      if (key === 'loc') continue;
      const v = node[key];
      if (Array.isArray(v)) {
        for (const c of v) if (isNode(c)) visit(c);
      } else if (isNode(v)) visit(v);
    }
  };
  visit(root);
  return found;
}

/**
 * A SyntaxError when the script uses syntax Rhino 1.7.14 does not support in the script's mode
 * (see rhinoMode.ts), else null. Sources acorn cannot parse are left to the engine's own check.
 */
export function rhinoSyntaxError(source: string, fileName: string): ScriptError | null {
  let ast: AnyNode;
  try {
    ast = parse(source, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      locations: true,
    }) as unknown as AnyNode;
  } catch {
    return null;
  }
  const mode = rhinoModeOf(source);
  const hit = firstUnsupported(ast, mode);
  if (!hit) return null;
  const loc = hit.node.loc;
  return {
    type: 'SyntaxError',
    message: `Rhino 1.7.14, CPI's JavaScript engine, does not support ${hit.what} (${fileName})`,
    ...(loc ? { line: loc.start.line, column: loc.start.column + 1 } : {}),
  };
}
