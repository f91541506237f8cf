/**
 * Synchronous, dependency-free syntax check of an XPath 1.0 expression for validation. It finds
 * the mistakes people actually make (empty condition, unclosed quotes and brackets, a dangling
 * operator, two names without an operator between them, characters XPath does not have) without
 * loading the XPath library, which is lazy. The full compile happens when the Router runs; an
 * expression this check accepts can still fail there (unknown function, unbound prefix).
 */

type Kind = 'operand' | 'operator' | 'path' | 'open';

const NAME =
  /^(?:[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*)(?::(?:\*|[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*))?/;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)/;
const OPERATORS = ['!=', '<=', '>=', '=', '<', '>', '+', '-', '|', ','];
const WORD_OPERATORS = new Set(['and', 'or', 'div', 'mod']);
const CLOSE: Record<string, string> = { ')': '(', ']': '[' };

/** Returns "Invalid XPath …" with the reason, or null when the expression looks well-formed. */
export function checkXPath(expression: string): string | null {
  if (!expression.trim()) return 'Condition is empty';
  const reason = findSyntaxError(expression);
  return reason ? `Invalid XPath "${expression}": ${reason}` : null;
}

function findSyntaxError(s: string): string | null {
  const open: { char: string; at: number }[] = [];
  // What came last decides how "*", "-" and the word operators read (XPath 1.0 §3.7).
  let prev: Kind = 'open';
  let prevText = '';
  const operand = (text: string, at: number): string | null => {
    if (prev === 'operand') return `missing operator before "${text}" at position ${at + 1}`;
    prev = 'operand';
    prevText = text;
    return null;
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    const rest = s.slice(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = s.indexOf(c, i + 1);
      if (end < 0) return `unclosed quote at position ${i + 1}`;
      const err = operand(s.slice(i, end + 1), i);
      if (err) return err;
      i = end + 1;
      continue;
    }
    if (c === '(' || c === '[') {
      if (c === '[' && prev !== 'operand')
        return `"[" at position ${i + 1} must follow a step or value`;
      open.push({ char: c, at: i });
      prev = 'open';
      prevText = c;
      i++;
      continue;
    }
    if (c === ')' || c === ']') {
      const top = open.pop();
      if (!top) return `"${c}" at position ${i + 1} closes nothing`;
      if (top.char !== CLOSE[c])
        return `"${c}" at position ${i + 1} does not close "${top.char}" at position ${top.at + 1}`;
      if (c === ']' && prevText === '[') return `empty predicate "[]" at position ${top.at + 1}`;
      if (prev === 'operator' || (prev === 'path' && prevText !== '/'))
        return `"${prevText}" before "${c}" at position ${i + 1} has no right operand`;
      prev = 'operand';
      prevText = c;
      i++;
      continue;
    }
    if (rest.startsWith('//') || c === '/') {
      const token = rest.startsWith('//') ? '//' : '/';
      if (prev === 'path') return `"${token}" at position ${i + 1} follows "${prevText}"`;
      prev = 'path';
      prevText = token;
      i += token.length;
      continue;
    }
    if (c === '*') {
      // After an operand "*" multiplies; elsewhere it is the name test "any element".
      prev = prev === 'operand' ? 'operator' : 'operand';
      prevText = c;
      i++;
      continue;
    }
    if (c === '@' || c === '$') {
      const name = NAME.exec(s.slice(i + 1));
      if (c === '@' && s[i + 1] === '*') {
        const err = operand('@*', i);
        if (err) return err;
        i += 2;
        continue;
      }
      if (!name) return `"${c}" at position ${i + 1} must be followed by a name`;
      const err = operand(c + name[0], i);
      if (err) return err;
      i += 1 + name[0].length;
      continue;
    }
    if (rest.startsWith('..') || (c === '.' && !/\d/.test(s[i + 1] ?? ''))) {
      const token = rest.startsWith('..') ? '..' : '.';
      const err = operand(token, i);
      if (err) return err;
      i += token.length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      const err = operand(number[0], i);
      if (err) return err;
      i += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      const word = name[0];
      if (prev === 'operand' && WORD_OPERATORS.has(word)) {
        prev = 'operator';
        prevText = word;
      } else {
        const err = operand(word, i);
        if (err) return err;
        // An axis ("child::") continues the same step.
        if (s.startsWith('::', i + word.length)) {
          prev = 'path';
          prevText = '::';
          i += 2;
        }
      }
      i += word.length;
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (op) {
      // Unary minus is the only operator allowed without a left operand.
      const left = prev === 'operand' || (prev === 'path' && prevText === '/');
      if (!left && !(op === '-' && prev !== 'path'))
        return `"${op}" at position ${i + 1} has no left operand`;
      prev = 'operator';
      prevText = op;
      i += op.length;
      continue;
    }
    return `unexpected character "${c}" at position ${i + 1}`;
  }
  const last = open.pop();
  if (last) return `unclosed "${last.char}" at position ${last.at + 1}`;
  if (prev === 'operator') return `ends with the operator "${prevText}"`;
  if (prev === 'path' && prevText !== '/') return `ends with "${prevText}"`;
  return null;
}
