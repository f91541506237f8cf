// Hand-written tokenizers for what Lezer's own tokenizer cannot express: a newline ends a Groovy
// statement when the statement is complete there (unless the next line goes on with `.`, `?.`
// or `*.`), exactly where the grammar can take a statement end.
import { ContextTracker, ExternalTokenizer } from '@lezer/lr';
import {
  BlockComment,
  blockOpen,
  commandArgStart,
  typeArgsEnd,
  LineComment,
  insertSemi,
  newline,
  noSemi,
  spaces,
} from './parser.terms.generated';

const BRACE_R = 125;
const SEMICOLON = 59;
const DOT = 46;
const QUESTION = 63;
const STAR = 42;
const SLASH = 47;
const SPACE = [9, 10, 11, 12, 13, 32, 160, 0xfeff];

/** Context: whether a newline came since the last real token. */
export const trackNewline = new ContextTracker<boolean>({
  start: false,
  shift(context, term) {
    return term === LineComment || term === BlockComment || term === spaces
      ? context
      : term === newline;
  },
  strict: false,
});

/** Continues the line: `.`, `?.`, `*.` (but not `..`, a range), and `?:`? No: only member access. */
function continuesLine(input: { next: number; peek(n: number): number }): boolean {
  // The next line may be indented (or blank lines may come first): look past the white space.
  let i = 0;
  while (SPACE.includes(input.peek(i))) i++;
  const next = input.peek(i);
  if (next === DOT) return input.peek(i + 1) !== DOT;
  if ((next === QUESTION || next === STAR) && input.peek(i + 1) === DOT) return true;
  return false;
}

export const insertSemicolon = new ExternalTokenizer(
  (input, stack) => {
    const next = input.next;
    if (next === BRACE_R || next === -1) {
      if (stack.canShift(insertSemi)) input.acceptToken(insertSemi);
      return;
    }
    if (stack.context && !continuesLine(input) && stack.canShift(insertSemi))
      input.acceptToken(insertSemi);
  },
  { contextual: true },
);

export const noSemicolon = new ExternalTokenizer(
  (input, stack) => {
    const next = input.next;
    if (SPACE.includes(next)) return;
    if (next === SLASH && (input.peek(1) === SLASH || input.peek(1) === STAR)) return;
    if (next !== BRACE_R && next !== SEMICOLON && next !== -1 && !stack.context)
      input.acceptToken(noSemi);
  },
  { contextual: true },
);

const BRACE_L = 123;

/** `{` opens a block wherever a block can start (so a statement never starts with a closure). */
export const blockBrace = new ExternalTokenizer(
  (input, stack) => {
    if (input.next === BRACE_L && stack.canShift(blockOpen)) input.acceptToken(blockOpen, 1);
  },
  { contextual: true },
);

const GT = 62;

/** The `>` that closes type arguments, alone even when `>>` or `>>>` follows (a shift elsewhere). */
export const typeArgsClose = new ExternalTokenizer(
  (input, stack) => {
    if (input.next === GT && stack.canShift(typeArgsEnd)) input.acceptToken(typeArgsEnd, 1);
  },
  { contextual: true },
);

const KEYWORDS_AFTER_EXPRESSION = new Set(['in', 'as', 'instanceof']);

function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36
  );
}

/**
 * Before the first argument of a command call (`println x + 1`, `'Name' order.name`): white
 * space, then a name, a number or a quote. Anything else (`foo -1`, `foo [0]`, `foo (x)`,
 * `it in list`) goes on as an expression.
 */
export const commandArgument = new ExternalTokenizer(
  (input, stack) => {
    if (input.next !== 32 && input.next !== 9) return;
    let i = 0;
    while (input.peek(i) === 32 || input.peek(i) === 9) i++;
    const c = input.peek(i);
    const quote = c === 39 || c === 34;
    if (!quote && !isWordChar(c) && c < 0xa1) return;
    if (!quote) {
      let word = '';
      for (let j = i; isWordChar(input.peek(j)); j++) word += String.fromCharCode(input.peek(j));
      if (KEYWORDS_AFTER_EXPRESSION.has(word)) return;
    }
    if (stack.canShift(commandArgStart)) input.acceptToken(commandArgStart);
  },
  // extend: the other tokens at this place are read too, so that `String s = null` can still be
  // a declaration (GLR keeps both readings; dynamic precedence prefers the declaration).
  { contextual: true, extend: true },
);
