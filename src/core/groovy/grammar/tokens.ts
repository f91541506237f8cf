// Hand-written tokenizers for what Lezer's own tokenizer cannot express: a newline ends a Groovy
// statement when the statement is complete there (unless the next line goes on with `.`, `?.`
// or `*.`), exactly where the grammar can take a statement end.
import { ContextTracker, ExternalTokenizer } from '@lezer/lr';
import {
  BlockComment,
  blockOpen,
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
  const next = input.next;
  if (next === DOT) return input.peek(1) !== DOT;
  if ((next === QUESTION || next === STAR) && input.peek(1) === DOT) return true;
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
