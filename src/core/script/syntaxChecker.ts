import type { SourceSyntaxError } from './syntaxCheck';

export type { SourceSyntaxError };

/*
 * The script parsers (acorn, and the Groovy grammar with its translation) are loaded on demand so that it stays out of the code a user loads
 * before the designer is usable: validation reports script syntax errors once it has loaded.
 * The app loads it when a flow opens and before every deploy; Node callers (tests, tools) await
 * loadSyntaxChecker() once.
 */
type Checker = (source: string) => SourceSyntaxError | null;
let checker: Checker | null = null;
let groovyChecker: Checker | null = null;
let loading: Promise<void> | null = null;

/**
 * The first syntax error of a script, or null (also while the parsers are not loaded yet). For
 * Groovy: its parse error, or a construct the studio's Groovy translation refuses, at the Groovy
 * line and column.
 */
export function syntaxErrorOf(
  source: string,
  language: 'javascript' | 'groovy' = 'javascript',
): SourceSyntaxError | null {
  const check = language === 'groovy' ? groovyChecker : checker;
  return check ? check(source) : null;
}

export function isSyntaxCheckerLoaded(): boolean {
  return checker !== null && groovyChecker !== null;
}

/** Loads the parsers (once); validation then includes script syntax errors. */
export function loadSyntaxChecker(): Promise<void> {
  loading ??= Promise.all([
    import('./syntaxCheck').then((m) => {
      checker = m.findSyntaxError;
    }),
    import('../groovy/translate').then((m) => {
      groovyChecker = m.groovySyntaxError;
    }),
  ]).then(() => undefined);
  return loading;
}
