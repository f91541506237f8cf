import type { SourceSyntaxError } from './syntaxCheck';

export type { SourceSyntaxError };

/*
 * The script parser (acorn) is loaded on demand so that it stays out of the code a user loads
 * before the designer is usable: validation reports script syntax errors once it has loaded.
 * The app loads it when a flow opens and before every deploy; Node callers (tests, tools) await
 * loadSyntaxChecker() once.
 */
let checker: ((source: string) => SourceSyntaxError | null) | null = null;
let loading: Promise<void> | null = null;

/** The first syntax error of a script, or null (also while the parser is not loaded yet). */
export function syntaxErrorOf(source: string): SourceSyntaxError | null {
  return checker ? checker(source) : null;
}

export function isSyntaxCheckerLoaded(): boolean {
  return checker !== null;
}

/** Loads the parser (once); validation then includes script syntax errors. */
export function loadSyntaxChecker(): Promise<void> {
  loading ??= import('./syntaxCheck').then((m) => {
    checker = m.findSyntaxError;
  });
  return loading;
}
