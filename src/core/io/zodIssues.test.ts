import { describe, expect, it } from 'vitest';
import { httpsSenderAdapter } from '../adapters/https';
import { contentModifierType } from '../steps/contentModifier';
import { newModifierRow } from '../steps/contentModifier/config';
import { scriptType } from '../steps/script';
import { configErrors } from '../validation/configProblems';
import { rawFlow } from './fixtures/helloWorld';
import { importFlow } from './importFlow';
import { parseStepConfig } from './zodIssues';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON

/** The load door's errors for a Hello World file broken by `mutate`, as "path: message". */
function loadErrors(mutate: (f: Raw) => void): string[] {
  const f = rawFlow() as Raw;
  mutate(f);
  const r = importFlow(JSON.stringify(f));
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
}

// zod/mini has no English locale: every message here comes from readableIssue.
describe('schema issues read well', () => {
  it('through the load door', () => {
    expect(loadErrors((f) => (f.process.steps[2].config.scriptFile = 'x'.repeat(201)))).toEqual([
      'process.steps[2].config.scriptFile: too big: at most 200 characters (got 201)',
    ]);
    expect(
      loadErrors((f) => (f.messageFlows[0].adapter.config.authorization = 'Password')),
    ).toEqual([
      'messageFlows[0].adapter.config.authorization: expected "UserRole" or "ClientCertificate", got "Password"',
    ]);
    expect(loadErrors((f) => (f.messageFlows[0].adapter.config.colour = 'red'))).toEqual([
      'messageFlows[0].adapter.config.colour: unknown key "colour"',
    ]);
    expect(loadErrors((f) => delete f.process.steps[2].position.y)).toEqual([
      'process.steps[2].position.y: is required',
    ]);
    expect(loadErrors((f) => (f.settings.limits.scriptTimeMs = 1.5))).toEqual([
      'settings.limits.scriptTimeMs: expected a whole number, got 1.5',
    ]);
    expect(loadErrors((f) => (f.settings.limits.scriptTimeMs = 0))).toEqual([
      'settings.limits.scriptTimeMs: too small: at least 1',
    ]);
    expect(loadErrors((f) => (f.settings.logLevel = 7))).toEqual([
      'settings.logLevel: expected "None" or "Info" or "Debug" or "Trace", got 7',
    ]);
    expect(
      loadErrors((f) =>
        f.testCases.push({
          id: 'T1',
          name: 'T',
          input: { body: '', headers: {}, properties: {} },
          expectations: [{ kind: 'bodyMatches', value: 'x' }],
        }),
      ),
    ).toEqual(['testCases[1].expectations[0].kind: unknown kind "bodyMatches"']);
    expect(loadErrors((f) => (f.parameters = { '': { value: 'x' } }))).toEqual([
      'parameters[""]: invalid key: must not be empty',
    ]);
  });

  it('through configErrors, with the field’s label', () => {
    const script = (config: unknown) =>
      configErrors(scriptType.configSchema, scriptType.form, config, []);
    expect(script({ scriptFile: 'x'.repeat(201), functionName: '' })).toEqual([
      { field: 'scriptFile', message: 'Script File: too big: at most 200 characters (got 201)' },
    ]);
    expect(script({ scriptFile: 'a.js' })).toEqual([
      { field: 'functionName', message: 'Script Function: is required' },
    ]);
    expect(script({ scriptFile: 'a.js', functionName: '', colour: 'red' })).toEqual([
      { message: 'Unknown setting(s): colour' },
    ]);
    const https = httpsSenderAdapter;
    expect(
      configErrors(
        https.configSchema,
        https.form,
        { ...https.defaultConfig(), authorization: 'X' },
        [],
      ),
    ).toEqual([
      {
        field: 'authorization',
        message: 'Authorization: expected "UserRole" or "ClientCertificate", got "X"',
      },
    ]);
  });

  it('when a run reaches a step whose config is wrong: the first wrong setting, with its path', () => {
    const config = {
      ...contentModifierType.defaultConfig(),
      headers: [{ ...newModifierRow(), name: 'x'.repeat(201) }],
    };
    expect(parseStepConfig(contentModifierType.configSchema, config)).toEqual({
      ok: false,
      error: {
        type: 'ConfigurationError',
        message: 'headers[0].name: too big: at most 200 characters (got 201)',
      },
    });
    const good = contentModifierType.defaultConfig();
    expect(parseStepConfig(contentModifierType.configSchema, good)).toEqual({
      ok: true,
      config: good,
    });
  });
});
