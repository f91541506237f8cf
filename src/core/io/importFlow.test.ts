import { describe, expect, it } from 'vitest';
import { importFlow } from './importFlow';
import { helloWorldFlow, rawFlow } from './fixtures/helloWorld';
import { describeError } from './paths';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON

/** A Hello World file broken by `mutate`. */
function broken(mutate: (f: Raw) => void): string {
  const f = rawFlow() as Raw;
  mutate(f);
  return JSON.stringify(f, null, 2);
}

const cases: { name: string; text: string; path: string; message: string | RegExp }[] = [
  {
    name: 'bad JSON',
    text: '{"id": "a",\n  "name": }',
    path: '(file)',
    message: /not valid JSON \(line 2, column \d+\)/,
  },
  { name: 'empty file', text: '', path: '(file)', message: /not valid JSON/ },
  {
    name: 'not an object (array)',
    text: '[1,2]',
    path: '(file)',
    message: 'expected a flow (a JSON object), got an array',
  },
  {
    name: 'not an object (string)',
    text: '"flow"',
    path: '(file)',
    message: 'expected a flow (a JSON object), got string',
  },
  {
    name: 'null',
    text: 'null',
    path: '(file)',
    message: 'expected a flow (a JSON object), got null',
  },
  {
    name: 'wrong kind (package bundle)',
    text: '{"kind":"ifs-package","schemaVersion":1}',
    path: 'kind',
    message: 'this is a package bundle; import it as a package',
  },
  {
    name: 'missing schemaVersion',
    text: broken((f) => delete f.schemaVersion),
    path: 'schemaVersion',
    message: /is missing/,
  },
  {
    name: 'future schemaVersion',
    text: broken((f) => (f.schemaVersion = 7)),
    path: 'schemaVersion',
    message:
      /version 7 was written by a newer Integration Flow Studio; this one reads up to version 2/,
  },
  {
    name: 'schemaVersion not a number',
    text: broken((f) => (f.schemaVersion = '1')),
    path: 'schemaVersion',
    message: 'must be a whole number ≥ 1, got "1"',
  },
  {
    name: 'wrong type of name',
    text: broken((f) => (f.name = 42)),
    path: 'name',
    message: 'expected string, got number',
  },
  { name: 'missing id', text: broken((f) => delete f.id), path: 'id', message: 'is required' },
  {
    name: 'missing process',
    text: broken((f) => delete f.process),
    path: 'process',
    message: 'is required',
  },
  {
    name: 'steps not an array',
    text: broken((f) => (f.process.steps = {})),
    path: 'process.steps',
    message: 'expected array, got object',
  },
  {
    name: 'unknown key',
    text: broken((f) => (f.process.steps[1].colour = 'red')),
    path: 'process.steps[1].colour',
    message: 'unknown key "colour"',
  },
  {
    name: 'unknown step type',
    text: broken((f) => (f.process.steps[2].type = 'Foo')),
    path: 'process.steps[2].type',
    message: 'unknown step type "Foo"',
  },
  {
    name: 'participant type as step',
    text: broken((f) => (f.process.steps[0].type = 'sender')),
    path: 'process.steps[0].type',
    message: '"sender" is a participant, not a step',
  },
  {
    name: 'unknown adapter type',
    text: broken((f) => (f.messageFlows[0].adapter.type = 'SFTP')),
    path: 'messageFlows[0].adapter.type',
    message: 'unknown adapter type "SFTP"',
  },
  {
    name: 'bad adapter config value',
    text: broken((f) => (f.messageFlows[0].adapter.config.csrfProtected = 'yes')),
    path: 'messageFlows[0].adapter.config.csrfProtected',
    message: 'expected boolean, got string',
  },
  {
    name: 'unknown step config key',
    text: broken((f) => (f.process.steps[2].config.evil = 1)),
    path: 'process.steps[2].config.evil',
    message: 'unknown key "evil"',
  },
  {
    name: 'dangling sequence flow target',
    text: broken((f) => (f.process.sequenceFlows[0].target = 'X')),
    path: 'process.sequenceFlows[0].target',
    message: 'no element with id "X"',
  },
  {
    name: 'dangling sequence flow source',
    text: broken((f) => (f.process.sequenceFlows[1].source = 'Gone')),
    path: 'process.sequenceFlows[1].source',
    message: 'no element with id "Gone"',
  },
  {
    name: 'sequence flow to a participant',
    text: broken((f) => (f.process.sequenceFlows[1].target = 'Participant_2')),
    path: 'process.sequenceFlows[1].target',
    message: '"Participant_2" is a participant; sequence flows join steps',
  },
  {
    name: 'dangling message flow',
    text: broken((f) => (f.messageFlows[0].target = 'Nope')),
    path: 'messageFlows[0].target',
    message: 'no element with id "Nope"',
  },
  {
    name: 'message flow between steps',
    text: broken((f) => (f.messageFlows[0].source = 'Script_1')),
    path: 'messageFlows[0]',
    message: 'a message flow joins a Sender to a step or a step to a Receiver',
  },
  {
    name: 'duplicate ids across elements',
    text: broken((f) => (f.process.steps[2].id = 'Participant_1')),
    path: 'process.steps[2].id',
    message: 'duplicate id "Participant_1" (also used at participants[0].id)',
  },
  {
    name: 'parent that is not a container',
    text: broken((f) => (f.process.steps[2].parentId = 'EndEvent_1')),
    path: 'process.steps[2].parentId',
    message: 'no container step with id "EndEvent_1"',
  },
  {
    name: 'duplicate script names',
    text: broken((f) => f.resources.scripts.push({ ...f.resources.scripts[0] })),
    path: 'resources.scripts[1].name',
    message: 'duplicate script name "script1.js"',
  },
  {
    name: 'huge name',
    text: broken((f) => (f.name = 'x'.repeat(5000))),
    path: 'name',
    message: 'too big: at most 200 characters (got 5000)',
  },
  {
    name: 'huge script',
    text: broken((f) => (f.resources.scripts[0].content = 'x'.repeat(1024 * 1024 + 1))),
    path: 'resources.scripts[0].content',
    message: /too big: at most 1048576 characters/,
  },
  {
    name: 'huge file',
    text: `{"x":"${'y'.repeat(20 * 1024 * 1024)}"}`,
    path: '(file)',
    message: /file is too large/,
  },
  {
    name: '__proto__ key',
    text: broken((f) => (f.__placeholder = 1)).replace('"__placeholder"', '"__proto__"'),
    path: '__proto__',
    message: 'forbidden key "__proto__"',
  },
  {
    name: 'nested constructor key',
    text: broken((f) => (f.process.steps[2].config.constructor = { prototype: {} })),
    path: 'process.steps[2].config.constructor',
    message: 'forbidden key "constructor"',
  },
  {
    name: 'prototype key in headers',
    text: broken((f) => (f.samples.Script_1.headers.prototype = 'x')),
    path: 'samples.Script_1.headers.prototype',
    message: 'forbidden key "prototype"',
  },
  {
    name: 'deep nesting',
    text: broken(
      (f) => (f.process.steps[2].config.deep = JSON.parse('['.repeat(100) + ']'.repeat(100))),
    ),
    path: '',
    message: /nested deeper than 64 levels/,
  },
  {
    name: 'bad enum',
    text: broken((f) => (f.participants[0].kind = 'both')),
    path: 'participants[0].kind',
    message: 'expected "sender" or "receiver", got "both"',
  },
  {
    name: 'unknown expectation kind',
    text: broken((f) => (f.testCases[0].expectations[0].kind = 'magic')),
    path: 'testCases[0].expectations[0].kind',
    message: 'unknown kind "magic"',
  },
  {
    name: 'empty flow name',
    text: broken((f) => (f.name = '')),
    path: 'name',
    message: 'must not be empty',
  },
  {
    name: 'coordinate out of range',
    text: broken((f) => (f.participants[1].position.x = 1e12)),
    path: 'participants[1].position.x',
    message: /too big/,
  },
];

describe('importFlow refuses malformed files with a precise path', () => {
  it.each(cases)('$name', ({ text, path, message }) => {
    const result = importFlow(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const first = result.errors[0]!;
    if (path) expect(first.path).toBe(path);
    if (typeof message === 'string') expect(first.message).toBe(message);
    else expect(first.message).toMatch(message);
  });

  it('formats errors as "path: message"', () => {
    const r = importFlow(broken((f) => (f.process.steps[2].type = 'Foo')));
    expect(!r.ok && r.errors.map(describeError)).toEqual([
      'process.steps[2].type: unknown step type "Foo"',
    ]);
  });

  it('reports every unknown key, not only the first', () => {
    const r = importFlow(broken((f) => Object.assign(f, { a: 1, b: 2 })));
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['a', 'b']);
  });

  it('does not pollute Object.prototype', () => {
    importFlow('{"__proto__": {"polluted": true}, "schemaVersion": 1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('importFlow accepts and repairs', () => {
  it('accepts a valid flow unchanged, with no warnings', () => {
    const r = importFlow(JSON.stringify(helloWorldFlow()));
    expect(r).toEqual({ ok: true, flow: helloWorldFlow(), warnings: [] });
  });

  it('fills missing settings with defaults and says so', () => {
    const r = importFlow(
      broken((f) => {
        delete f.settings.limits.stepBudget;
        delete f.testCases;
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.flow.settings.limits.stepBudget).toBe(1000);
    expect(r.flow.testCases).toEqual([]);
    expect(r.warnings).toEqual([
      'testCases: missing, set to the default []',
      'settings.limits.stepBudget: missing, set to the default 1000',
    ]);
  });

  it('fills config keys a type added later', () => {
    const r = importFlow(broken((f) => delete f.messageFlows[0].adapter.config.maxBodySizeMb));
    expect(r.ok && r.flow.messageFlows[0]!.adapter.config.maxBodySizeMb).toBe(40);
    expect(r.ok && r.warnings).toEqual([
      'messageFlows[0].adapter.config: missing maxBodySizeMb, set to the defaults',
    ]);
  });

  it('warns about a script step whose script is missing, but imports', () => {
    const r = importFlow(broken((f) => (f.resources.scripts = [])));
    expect(r.ok && r.warnings).toEqual([
      'process.steps[2].config.scriptFile: script "script1.js" is not among the flow\'s scripts',
    ]);
  });

  it('drops samples for unknown steps and clears test-case steps that do not exist', () => {
    const r = importFlow(
      broken((f) => {
        f.samples.Ghost = { body: '', headers: {}, properties: {} };
        f.testCases[0].startStepId = 'Ghost';
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.flow.samples)).toEqual(['Script_1']);
    expect(r.flow.testCases[0]!.startStepId).toBeUndefined();
    expect(r.warnings).toEqual([
      'samples.Ghost: no step with id "Ghost"; sample dropped',
      'testCases[0].startStepId: no step with id "Ghost"; cleared',
    ]);
  });

  it('accepts a step inside a container step', () => {
    const text = broken((f) => {
      f.process.steps.push({
        id: 'Sub_1',
        type: 'exceptionSubprocess',
        name: 'Exception Subprocess 1',
        position: { x: 0, y: 200 },
        size: { width: 300, height: 120 },
        config: {},
      });
      f.process.steps[2].parentId = 'Sub_1';
    });
    const r = importFlow(text);
    expect(r.ok && r.flow.process.steps[2]!.parentId).toBe('Sub_1');
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(importFlow(`\uFEFF${JSON.stringify(helloWorldFlow())}`).ok).toBe(true);
  });
});
