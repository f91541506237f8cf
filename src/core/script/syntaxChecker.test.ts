import { describe, expect, it } from 'vitest';
import {
  isSyntaxCheckerLoaded,
  loadSyntaxChecker,
  scriptLanguagesOf,
  syntaxErrorOf,
} from './syntaxChecker';

const BROKEN_GROOVY = 'def processData(message) {\n  return message\n';

describe('syntax checker loading', () => {
  it('loads the Groovy parser only for flows with a Groovy script', async () => {
    const js = {
      resources: { scripts: [{ name: 'a.js', language: 'javascript' as const, content: '' }] },
    };
    const groovy = {
      resources: {
        scripts: [
          ...js.resources.scripts,
          { name: 'b.groovy', language: 'groovy' as const, content: '' },
        ],
      },
    };
    // A flow without scripts (a new one) needs no parser at all.
    expect(scriptLanguagesOf({ resources: { scripts: [] } })).toEqual([]);
    expect(isSyntaxCheckerLoaded(scriptLanguagesOf({ resources: { scripts: [] } }))).toBe(true);
    expect(scriptLanguagesOf(js)).toEqual(['javascript']);
    expect(scriptLanguagesOf(groovy)).toEqual(['javascript', 'groovy']);

    await loadSyntaxChecker(scriptLanguagesOf(js));
    expect(isSyntaxCheckerLoaded(['javascript'])).toBe(true);
    expect(isSyntaxCheckerLoaded()).toBe(false);
    expect(syntaxErrorOf('function (', 'javascript')?.line).toBe(1);
    // Not loaded yet: no error rather than a wrong one.
    expect(syntaxErrorOf(BROKEN_GROOVY, 'groovy')).toBeNull();

    await loadSyntaxChecker(scriptLanguagesOf(groovy));
    expect(isSyntaxCheckerLoaded()).toBe(true);
    expect(syntaxErrorOf(BROKEN_GROOVY, 'groovy')).not.toBeNull();
  });
});
