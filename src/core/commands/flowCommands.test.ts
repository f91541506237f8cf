import { describe, expect, it } from 'vitest';
import { newFlow } from '../model/factory';
import { nextScriptName } from '../model/ids';
import { GROOVY_TEMPLATE, SCRIPT_TEMPLATE } from '../script/template';
import { deepFreeze, helloFlow, run } from '../rules/__fixtures__/flows';
import { applyCommand } from './applyCommand';

const base = () => deepFreeze(newFlow({ id: 'f', name: 'F' }));

describe('process commands', () => {
  it('resizes and moves the pool, refusing tiny or invalid sizes', () => {
    const out = run(base(), 'process.resize', {
      size: { width: 900, height: 400 },
      position: { x: 10, y: 20 },
    });
    expect(out.process.size).toEqual({ width: 900, height: 400 });
    expect(out.process.position).toEqual({ x: 10, y: 20 });
    expect(() => run(base(), 'process.resize', { size: { width: 50, height: 400 } })).toThrow(
      /at least 200/,
    );
    expect(() => run(base(), 'process.resize', { size: { width: NaN, height: 400 } })).toThrow(
      'The pool needs a valid size',
    );
  });
  it('renames the pool', () => {
    expect(run(base(), 'process.rename', { name: 'Main' }).process.name).toBe('Main');
  });
});

describe('flow commands', () => {
  it('renames and describes the flow; a flow keeps a name', () => {
    const out = run(base(), 'flow.rename', { name: 'Hello', description: 'says hello' });
    expect([out.name, out.description]).toEqual(['Hello', 'says hello']);
    expect(run(base(), 'flow.rename', { description: 'd' }).name).toBe('F');
    expect(() => run(base(), 'flow.rename', { name: '  ' })).toThrow('A flow needs a name');
  });
  it('merges settings and checks them', () => {
    const limits = { scriptTimeMs: 5000, scriptMemoryMb: 32, stepBudget: 10, maxMessageBytes: 100 };
    const out = run(base(), 'flow.settings', { settings: { logLevel: 'Debug', limits } });
    expect(out.settings).toEqual({
      allowedHeaders: '',
      logLevel: 'Debug',
      returnExceptionToSender: false,
      limits,
    });
    expect(() => run(base(), 'flow.settings', { settings: { logLevel: 'Loud' as never } })).toThrow(
      /Log level/,
    );
    expect(() =>
      run(base(), 'flow.settings', { settings: { limits: { ...limits, stepBudget: -1 } } }),
    ).toThrow('Limit stepBudget must be a positive number');
  });
  it('arranges positions and sizes in one edit (the result of computeLayout)', () => {
    const flow = deepFreeze(helloFlow());
    const out = run(flow, 'flow.arrange', {
      participants: [{ id: flow.participants[0]!.id, position: { x: -300, y: 10 } }],
      steps: [
        { id: 'Script_1', position: { x: 400, y: 90 } },
        // Stale ids (the flow changed while the layout was computed) are skipped.
        { id: 'Gone_1', position: { x: 0, y: 0 } },
      ],
      process: { size: { width: 1000, height: 400 } },
    });
    expect(out.participants[0]!.position).toEqual({ x: -300, y: 10 });
    expect(out.participants[1]).toBe(flow.participants[1]);
    expect(out.process.steps.find((s) => s.id === 'Script_1')!.position).toEqual({ x: 400, y: 90 });
    expect(out.process.steps.find((s) => s.id === 'StartEvent_1')).toBe(flow.process.steps[0]);
    expect(out.process.size).toEqual({ width: 1000, height: 400 });
    expect(out.process.position).toEqual(flow.process.position);
  });
  it('arrange is a no-op when nothing moves, and refuses bad numbers', () => {
    const flow = deepFreeze(helloFlow());
    const same = {
      participants: flow.participants.map((p) => ({ id: p.id, position: { ...p.position } })),
      steps: flow.process.steps.map((s) => ({ id: s.id, position: { ...s.position } })),
      process: { size: { ...flow.process.size } },
    };
    expect(applyCommand(flow, 'flow.arrange', same).flow).toBe(flow);
    const step = { id: 'Script_1', position: { x: NaN, y: 0 } };
    expect(() => run(flow, 'flow.arrange', { ...same, steps: [step] })).toThrow(
      '"Script_1" needs a valid position',
    );
    expect(() =>
      run(flow, 'flow.arrange', { ...same, process: { size: { width: 50, height: 400 } } }),
    ).toThrow(/at least 200/);
    const sized = { id: 'Script_1', position: { x: 0, y: 0 }, size: { width: 10, height: 10 } };
    expect(() => run(flow, 'flow.arrange', { ...same, steps: [sized] })).toThrow(
      /only a subprocess has a size of its own/,
    );
  });
});

describe('script commands', () => {
  it('creates a script, from the template unless content is given', () => {
    const out = run(base(), 'script.create', { name: 'util.js' });
    expect(out.resources.scripts).toEqual([
      { name: 'util.js', language: 'javascript', content: SCRIPT_TEMPLATE },
    ]);
    expect(
      run(base(), 'script.create', { name: 'a.js', content: 'x' }).resources.scripts[0]!.content,
    ).toBe('x');
  });
  it('refuses bad and taken names', () => {
    expect(() => run(helloFlow(), 'script.create', { name: 'script1.js' })).toThrow(
      'A script named "script1.js" already exists',
    );
    expect(() => run(base(), 'script.create', { name: '' })).toThrow('A script needs a name');
    expect(() => run(base(), 'script.create', { name: '../x.js' })).toThrow(
      /not a valid script name/,
    );
  });
  it("a .groovy (or .gsh) script is Groovy with CPI's Groovy template; renaming keeps its language", () => {
    const flow = helloFlow();
    expect(nextScriptName(flow, 'groovy')).toBe('script1.groovy');
    const out = run(flow, 'script.create', { name: nextScriptName(flow, 'groovy') });
    const groovy = out.resources.scripts.find((s) => s.name === 'script1.groovy')!;
    expect(groovy.language).toBe('groovy');
    expect(groovy.content).toBe(GROOVY_TEMPLATE);
    expect(run(flow, 'script.create', { name: 'Log.gsh' }).resources.scripts[1]!.language).toBe(
      'groovy',
    );
    expect(run(flow, 'script.create', { name: 'util' }).resources.scripts[1]!.language).toBe(
      'javascript',
    );
    expect(() => run(out, 'script.rename', { from: 'script1.groovy', to: 'x.js' })).toThrow(
      '"script1.groovy" is a Groovy script: its name cannot end in .js (a JavaScript extension)',
    );
    expect(() => run(out, 'script.rename', { from: 'script1.js', to: 'x.groovy' })).toThrow(
      /is a JavaScript script: its name cannot end in \.groovy/,
    );
    expect(
      run(out, 'script.rename', { from: 'script1.groovy', to: 'Mapping.gsh' }).resources.scripts[1],
    ).toMatchObject({ name: 'Mapping.gsh', language: 'groovy' });
  });
  it('rename updates the steps that use the script', () => {
    const flow = deepFreeze(helloFlow());
    const out = run(flow, 'script.rename', { from: 'script1.js', to: 'hello.js' });
    expect(out.resources.scripts.map((s) => s.name)).toEqual(['hello.js']);
    expect(out.process.steps.find((s) => s.id === 'Script_1')!.config.scriptFile).toBe('hello.js');
    expect(out.process.steps[0]).toBe(flow.process.steps[0]);
    expect(() => run(flow, 'script.rename', { from: 'nope.js', to: 'x.js' })).toThrow(
      'Script "nope.js" does not exist',
    );
  });
  it('delete refuses while a step uses the script and names it', () => {
    const flow = helloFlow();
    expect(() => run(flow, 'script.delete', { name: 'script1.js' })).toThrow(
      'Script "script1.js" is used by "Script 1"; assign another script there first',
    );
    const unused = run(flow, 'step.configure', {
      id: 'Script_1',
      config: { scriptFile: '', functionName: '' },
    });
    expect(run(unused, 'script.delete', { name: 'script1.js' }).resources.scripts).toEqual([]);
  });
  it('edits content; unchanged content is a no-op', () => {
    const flow = helloFlow();
    const out = run(flow, 'script.edit', {
      name: 'script1.js',
      content: 'function processData(m){return m}',
    });
    expect(out.resources.scripts[0]!.content).toBe('function processData(m){return m}');
    expect(
      run(out, 'script.edit', { name: 'script1.js', content: 'function processData(m){return m}' }),
    ).toBe(out);
    expect(() => run(flow, 'script.edit', { name: 'x.js', content: '' })).toThrow(
      'Script "x.js" does not exist',
    );
  });
});

describe('samples and test cases', () => {
  const sample = { body: 'hi', headers: { a: '1' }, properties: {} };
  const testCase = {
    id: 't1',
    name: 'says hello',
    input: sample,
    expectations: [{ kind: 'endsOk' as const }],
  };
  it('sets a step sample', () => {
    expect(run(helloFlow(), 'sample.set', { stepId: 'Script_1', sample }).samples).toEqual({
      Script_1: sample,
    });
    expect(() => run(helloFlow(), 'sample.set', { stepId: 'X', sample })).toThrow(
      'Step "X" does not exist',
    );
  });
  it('saves (adds then replaces) and deletes test cases', () => {
    let flow = run(base(), 'testCase.save', { testCase });
    flow = run(flow, 'testCase.save', { testCase: { ...testCase, name: 'renamed' } });
    expect(flow.testCases).toEqual([{ ...testCase, name: 'renamed' }]);
    expect(run(flow, 'testCase.delete', { id: 't1' }).testCases).toEqual([]);
    expect(() => run(flow, 'testCase.delete', { id: 'x' })).toThrow('Test case "x" does not exist');
    expect(() => run(flow, 'testCase.save', { testCase: { ...testCase, name: '' } })).toThrow(
      'A test case needs a name',
    );
  });
});
