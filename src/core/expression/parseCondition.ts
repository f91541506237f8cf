import { parseReference, type ExpressionPart } from './parseExpression';

/**
 * Router Non-XML conditions in CPI syntax, e.g. `${header.type} = 'A' and ${property.n} > 5`.
 * `and` binds tighter than `or` (the usual precedence); parentheses group.
 */
export type Operator =
  | '='
  | '!='
  | '>'
  | '>='
  | '<'
  | '<='
  | 'contains'
  | 'not contains'
  | 'in'
  | 'not in'
  | 'regex'
  | 'not regex';

export type Operand =
  | { kind: 'ref'; part: ExpressionPart }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'null' };

export type Condition =
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'compare'; op: Operator; left: Operand; right: Operand };

export type ParsedCondition = { ok: true; condition: Condition } | { ok: false; error: string };

type Token =
  { t: 'operand'; operand: Operand } | { t: 'op'; op: Operator } | { t: 'and' | 'or' | '(' | ')' };

class ConditionSyntaxError extends Error {}

const WORD_OPS: Record<string, Operator> = { contains: 'contains', in: 'in', regex: 'regex' };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ws = /^\s+/.exec(rest);
    if (ws) {
      i += ws[0].length;
      continue;
    }
    if (rest.startsWith('${')) {
      const end = src.indexOf('}', i);
      if (end < 0) throw new ConditionSyntaxError(`Unclosed "\${" at position ${i + 1}`);
      const part = parseReference(src.slice(i + 2, end));
      if (typeof part === 'string') throw new ConditionSyntaxError(part);
      tokens.push({ t: 'operand', operand: { kind: 'ref', part } });
      i = end + 1;
      continue;
    }
    const quote = rest[0];
    if (quote === "'" || quote === '"') {
      const end = src.indexOf(quote, i + 1);
      if (end < 0) throw new ConditionSyntaxError(`Unclosed quote at position ${i + 1}`);
      tokens.push({ t: 'operand', operand: { kind: 'string', value: src.slice(i + 1, end) } });
      i = end + 1;
      continue;
    }
    const num = /^-?\d+(\.\d+)?(?![\w.])/.exec(rest);
    if (num) {
      tokens.push({ t: 'operand', operand: { kind: 'number', value: Number(num[0]) } });
      i += num[0].length;
      continue;
    }
    const sym = /^(==|=|!=|>=|<=|>|<|&&|\|\||\(|\))/.exec(rest);
    if (sym) {
      const s = sym[1] as string;
      if (s === '&&') tokens.push({ t: 'and' });
      else if (s === '||') tokens.push({ t: 'or' });
      else if (s === '(' || s === ')') tokens.push({ t: s });
      else tokens.push({ t: 'op', op: (s === '==' ? '=' : s) as Operator });
      i += s.length;
      continue;
    }
    const word = /^[A-Za-z]+/.exec(rest);
    if (word) {
      const w = word[0].toLowerCase();
      i += word[0].length;
      if (w === 'and' || w === 'or') tokens.push({ t: w });
      else if (w === 'null') tokens.push({ t: 'operand', operand: { kind: 'null' } });
      else if (WORD_OPS[w]) tokens.push({ t: 'op', op: WORD_OPS[w] });
      else if (w === 'not') {
        const next = /^\s+(contains|in|regex)\b/i.exec(src.slice(i));
        if (!next)
          throw new ConditionSyntaxError(`"not" must be followed by contains, in or regex`);
        tokens.push({ t: 'op', op: `not ${next[1]!.toLowerCase()}` as Operator });
        i += next[0].length;
      } else throw new ConditionSyntaxError(`Unexpected word "${word[0]}" (quote text literals)`);
      continue;
    }
    throw new ConditionSyntaxError(`Unexpected character "${rest[0]}" at position ${i + 1}`);
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Condition {
    const c = this.or();
    if (this.pos < this.tokens.length)
      throw new ConditionSyntaxError('Unexpected text after the condition');
    return c;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private or(): Condition {
    let left = this.and();
    while (this.peek()?.t === 'or') {
      this.pos++;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Condition {
    let left = this.primary();
    while (this.peek()?.t === 'and') {
      this.pos++;
      left = { kind: 'and', left, right: this.primary() };
    }
    return left;
  }

  private primary(): Condition {
    const tok = this.peek();
    if (tok?.t === '(') {
      this.pos++;
      const inner = this.or();
      if (this.peek()?.t !== ')') throw new ConditionSyntaxError('Missing ")"');
      this.pos++;
      return inner;
    }
    const left = this.operand();
    const op = this.peek();
    if (op?.t !== 'op')
      throw new ConditionSyntaxError('Expected an operator such as = or contains');
    this.pos++;
    const right = this.operand();
    if ((op.op === 'regex' || op.op === 'not regex') && right.kind === 'string') {
      try {
        new RegExp(right.value);
      } catch {
        throw new ConditionSyntaxError(`Invalid regular expression '${right.value}'`);
      }
    }
    return { kind: 'compare', op: op.op, left, right };
  }

  private operand(): Operand {
    const tok = this.peek();
    if (tok?.t !== 'operand')
      throw new ConditionSyntaxError('Expected a value, ${…} or a quoted literal');
    this.pos++;
    return tok.operand;
  }
}

/** Parses a Non-XML condition; errors are user-facing messages for validation. */
export function parseCondition(source: string): ParsedCondition {
  if (!source.trim()) return { ok: false, error: 'Condition is empty' };
  try {
    return { ok: true, condition: new Parser(tokenize(source)).parse() };
  } catch (e) {
    if (e instanceof ConditionSyntaxError) return { ok: false, error: e.message };
    throw e;
  }
}
