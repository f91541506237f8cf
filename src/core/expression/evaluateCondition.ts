import type { Message } from '../model/message';
import { partValue, type ExpressionEnv } from './evaluateExpression';
import type { Condition, Operand, Operator } from './parseCondition';

function operandValue(o: Operand, message: Message, env: ExpressionEnv): unknown {
  switch (o.kind) {
    case 'ref':
      return partValue(o.part, message, env);
    case 'string':
      return o.value;
    case 'number':
      return o.value;
    case 'null':
      return null;
  }
}

const text = (v: unknown) =>
  v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

function asNumber(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/** Numbers compare numerically when both sides read as numbers, otherwise as text. */
function order(a: unknown, b: unknown): number {
  const x = asNumber(a);
  const y = asNumber(b);
  if (x !== null && y !== null) return x - y;
  const s = text(a);
  const t = text(b);
  return s < t ? -1 : s > t ? 1 : 0;
}

function compare(op: Operator, a: unknown, b: unknown): boolean {
  const missing = a === undefined || a === null;
  switch (op) {
    case '=':
      if (b === null) return missing;
      return !missing && order(a, b) === 0;
    case '!=':
      if (b === null) return !missing;
      return missing || order(a, b) !== 0;
    case '>':
      return !missing && order(a, b) > 0;
    case '>=':
      return !missing && order(a, b) >= 0;
    case '<':
      return !missing && order(a, b) < 0;
    case '<=':
      return !missing && order(a, b) <= 0;
    case 'contains':
      return text(a).includes(text(b));
    case 'not contains':
      return !text(a).includes(text(b));
    case 'in':
      return text(b)
        .split(',')
        .map((s) => s.trim())
        .includes(text(a));
    case 'not in':
      return !text(b)
        .split(',')
        .map((s) => s.trim())
        .includes(text(a));
    case 'regex':
      // Java's String.matches: the whole value must match.
      return new RegExp(`^(?:${text(b)})$`).test(text(a));
    case 'not regex':
      return !new RegExp(`^(?:${text(b)})$`).test(text(a));
  }
}

export function evaluateCondition(c: Condition, message: Message, env: ExpressionEnv): boolean {
  switch (c.kind) {
    case 'and':
      return evaluateCondition(c.left, message, env) && evaluateCondition(c.right, message, env);
    case 'or':
      return evaluateCondition(c.left, message, env) || evaluateCondition(c.right, message, env);
    case 'compare':
      return compare(c.op, operandValue(c.left, message, env), operandValue(c.right, message, env));
  }
}
