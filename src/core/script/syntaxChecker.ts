import type { Flow, ScriptLanguage } from '../model/flow';
import type { SourceSyntaxError } from './syntaxCheck';

export type { SourceSyntaxError };

/*
 * The script parsers (acorn, and the Groovy grammar with its translation) are loaded on demand so
 * that they stay out of the code a user loads before the designer is usable: validation reports
 * script syntax errors once the parser of the script's language has loaded. The app loads the
 * parsers of the languages the open flow has scripts in when it opens (and when a script of
 * another language is added), and before every deploy; Node callers (tests, tools) await
 * loadSyntaxChecker() once for every language.
 */
type Checker = (source: string) => SourceSyntaxError | null;
const checkers: Partial<Record<ScriptLanguage, Checker>> = {};
const loading: Partial<Record<ScriptLanguage, Promise<void>>> = {};
const ALL: readonly ScriptLanguage[] = ['javascript', 'groovy'];
const JAVASCRIPT_ONLY: readonly ScriptLanguage[] = ['javascript'];

/**
 * The first syntax error of a script, or null (also while its language's parser is not loaded
 * yet). For Groovy: its parse error, or a construct the studio's Groovy translation refuses, at
 * the Groovy line and column.
 */
export function syntaxErrorOf(
  source: string,
  language: ScriptLanguage = 'javascript',
): SourceSyntaxError | null {
  const check = checkers[language];
  return check ? check(source) : null;
}

const NO_SCRIPTS: readonly ScriptLanguage[] = [];

/**
 * The parsers a flow's scripts need: none without scripts (a new flow loads no parser),
 * JavaScript for JavaScript scripts, both once there is a Groovy one; one of three constant
 * lists, so that callers can compare the result by identity.
 */
export function scriptLanguagesOf(flow: Pick<Flow, 'resources'>): readonly ScriptLanguage[] {
  const scripts = flow.resources.scripts;
  if (scripts.length === 0) return NO_SCRIPTS;
  return scripts.some((s) => s.language === 'groovy') ? ALL : JAVASCRIPT_ONLY;
}

export function isSyntaxCheckerLoaded(languages: readonly ScriptLanguage[] = ALL): boolean {
  return languages.every((l) => checkers[l] !== undefined);
}

function load(language: ScriptLanguage): Promise<void> {
  return (loading[language] ??=
    language === 'groovy'
      ? import('../groovy/translate').then((m) => {
          checkers.groovy = m.groovySyntaxError;
        })
      : import('./syntaxCheck').then((m) => {
          checkers.javascript = m.findSyntaxError;
        }));
}

/** Loads the parsers of these languages (once each); validation then includes their syntax errors. */
export function loadSyntaxChecker(languages: readonly ScriptLanguage[] = ALL): Promise<void> {
  return Promise.all(languages.map(load)).then(() => undefined);
}
