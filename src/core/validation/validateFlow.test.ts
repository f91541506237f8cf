import { beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultTimerStartConfig } from '../steps/timerStart/config';
import { newFlow } from '../model/factory';
import type { Flow } from '../model/flow';
import { helloFlow, run } from '../rules/__fixtures__/flows';
import { loadSyntaxChecker } from '../script/syntaxChecker';
import { problemsFor, validateFlow } from './validateFlow';

beforeAll(() => loadSyntaxChecker());

vi.mock('../registry/registry', async (importOriginal) =>
  (await import('../rules/__fixtures__/mockRegistry')).registryWithExtras(await importOriginal()),
);

const messages = (flow: Flow) => validateFlow(flow).map((p) => p.message);

const setAdapter = (flow: Flow, patch: Record<string, unknown>) =>
  run(flow, 'adapter.configure', {
    id: 'MessageFlow_1',
    config: { ...flow.messageFlows[0]!.adapter.config, ...patch },
  });

describe('validateFlow', () => {
  it('the Hello World flow has no problems', () => {
    expect(validateFlow(helloFlow())).toEqual([]);
  });
  it('a Timer Start beside the Start event is a second start, an error on it', () => {
    const flow = helloFlow();
    const start = flow.process.steps.find((s) => s.type === 'startEvent')!;
    const script = flow.process.sequenceFlows.find((l) => l.source === start.id)!.target;
    flow.process.steps.push({
      ...start,
      id: 'Timer_1',
      type: 'timerStart',
      name: 'Timer',
      config: defaultTimerStartConfig(),
    });
    flow.process.sequenceFlows.push({ id: 'SequenceFlow_T', source: 'Timer_1', target: script });
    expect(validateFlow(flow)).toEqual([
      {
        severity: 'error',
        message: 'Integration Process already starts at "Start": a process has one start',
        elementId: 'Timer_1',
        elementKind: 'step',
      },
    ]);
  });
  it('a new flow only lacks the Sender adapter', () => {
    expect(validateFlow(newFlow({ name: 'N' }))).toEqual([
      {
        severity: 'error',
        message: 'Sender has no adapter: connect it to the Start event and choose an adapter type',
        elementId: 'Participant_1',
        elementKind: 'participant',
      },
    ]);
  });
  it('reports a Namespace Mapping line that is not "prefix=uri" on the process, at its field', () => {
    const flow = run(helloFlow(), 'flow.settings', {
      settings: { namespaceMapping: 'xmlns:o=urn:orders\nnot a mapping' },
    });
    expect(validateFlow(flow)).toEqual([
      {
        severity: 'error',
        message: `${flow.process.name}: Namespace mapping line 2 must be "prefix=uri"`,
        elementId: flow.process.id,
        elementKind: 'process',
        field: 'namespaceMapping',
      },
    ]);
  });
  it('reports a missing Start and End on the process', () => {
    const flow = run(helloFlow(), 'element.delete', { ids: ['StartEvent_1', 'EndEvent_1'] });
    const problems = validateFlow(flow);
    expect(problems.filter((p) => p.elementKind === 'process')).toEqual([
      {
        severity: 'error',
        message: 'Integration Process has no Start event',
        elementId: 'Process_1',
        elementKind: 'process',
      },
      {
        severity: 'error',
        message: 'Integration Process has no End event',
        elementId: 'Process_1',
        elementKind: 'process',
      },
    ]);
  });
  it('reports unreachable steps and steps with no path to an End', () => {
    let flow = run(helloFlow(), 'element.add', { type: 'script', position: { x: 0, y: 0 } });
    flow = run(flow, 'element.delete', { ids: ['SequenceFlow_3'] });
    expect(messages(flow)).toEqual([
      'Start has no path to an End event',
      'End is not reachable from the Start event',
      'Script 1 has no path to an End event',
      'Script 2 is not reachable from the Start event',
      'Script 2 has no path to an End event',
    ]);
    expect(problemsFor(flow, 'Script_2').map((p) => p.elementKind)).toEqual(['step', 'step']);
  });
  it('treats any type with maxOutgoing 0 as an end (Error End) and Router branches', () => {
    let flow = run(helloFlow(), 'element.add', { type: 'testRouter', position: { x: 0, y: 0 } });
    flow = run(flow, 'element.add', { type: 'testErrorEnd', position: { x: 0, y: 0 } });
    flow = run(flow, 'element.delete', { ids: ['SequenceFlow_3'] });
    flow = run(flow, 'link.connect', { source: 'Script_1', target: 'TestRouter_1' });
    flow = run(flow, 'link.connect', { source: 'TestRouter_1', target: 'EndEvent_1' });
    flow = run(flow, 'link.connect', { source: 'TestRouter_1', target: 'TestErrorEnd_1' });
    expect(validateFlow(flow)).toEqual([]);
  });
  it('checks each subprocess as its own scope', () => {
    let flow = run(helloFlow(), 'element.add', {
      type: 'testSubprocess',
      position: { x: 0, y: 300 },
    });
    expect(messages(flow)).toEqual([
      'Exception Subprocess 1 has no start event',
      'Exception Subprocess 1 has no end event',
    ]);
    flow = run(flow, 'element.add', {
      type: 'testErrorStart',
      position: { x: 0, y: 0 },
      parentId: 'TestSubprocess_1',
    });
    flow = run(flow, 'element.add', {
      type: 'testErrorEnd',
      position: { x: 0, y: 0 },
      parentId: 'TestSubprocess_1',
    });
    expect(messages(flow)).toEqual([
      'Error Start 1 has no path to an End event',
      'Error End 1 is not reachable from the Start event',
    ]);
    flow = run(flow, 'link.connect', { source: 'TestErrorStart_1', target: 'TestErrorEnd_1' });
    expect(validateFlow(flow)).toEqual([]);
  });
  it('reports invalid HTTPS addresses on the address field', () => {
    for (const [address, message] of [
      ['', 'Address is required'],
      ['v1/hello', 'Address must start with "/"'],
      ['/v1/a b', 'Address must not contain spaces'],
      ['/v1/*/x', 'A wildcard is allowed only as a trailing "/*"'],
      ['/', 'Address needs a path after "/", such as /v1/orders'],
      ['/*', 'Address needs a path after "/", such as /v1/orders'],
      ['/v1/../orders', 'Address must not contain "." or ".." as a path segment'],
      ['/v1/.', 'Address must not contain "." or ".." as a path segment'],
    ] as const) {
      expect(validateFlow(setAdapter(helloFlow(), { address }))).toEqual([
        {
          severity: 'error',
          message: `HTTPS adapter (Sender → Start): ${message}`,
          elementId: 'MessageFlow_1',
          elementKind: 'messageFlow',
          field: 'address',
        },
      ]);
    }
    for (const address of ['/v1/test/*', '/a', '/v1/.well-known', '/v1/test/'])
      expect(validateFlow(setAdapter(helloFlow(), { address }))).toEqual([]);
  });
  it('warns about a step, participant or pool left without a name, on its Name field', () => {
    let flow = run(helloFlow(), 'element.rename', { id: 'Script_1', name: ' ' });
    flow = run(flow, 'element.rename', { id: flow.participants[0]!.id, name: '' });
    flow = run(flow, 'process.rename', { name: '' });
    expect(
      validateFlow(flow)
        .filter((p) => p.field === 'name')
        .map((p) => [p.severity, p.elementKind, p.message]),
    ).toEqual([
      ['warning', 'process', 'The Integration Process has no name'],
      ['warning', 'participant', 'A Sender has no name'],
      ['warning', 'step', 'A Script step has no name'],
    ]);
  });
  it('reports a User Role with spaces, which no role assignment could match', () => {
    expect(
      validateFlow(setAdapter(helloFlow(), { userRole: 'ESB Messaging' })).map((p) => [
        p.field,
        p.message,
      ]),
    ).toEqual([
      ['userRole', 'HTTPS adapter (Sender → Start): User Role is a role name without spaces'],
    ]);
  });
  it('reports adapter schema issues by field, preferring the adapter’s own message', () => {
    const problems = validateFlow(
      setAdapter(helloFlow(), { csrfProtected: 'yes', maxBodySizeMb: 'big', extra: 1 }),
    );
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['maxBodySizeMb', 'HTTPS adapter (Sender → Start): Maximum Body Size must be 1–1024 MB'],
      [
        'csrfProtected',
        'HTTPS adapter (Sender → Start): CSRF Protected: expected boolean, got string',
      ],
      [undefined, 'HTTPS adapter (Sender → Start): Unknown setting(s): extra'],
    ]);
  });
  it('reports an unknown adapter type', () => {
    const flow = helloFlow();
    const broken = {
      ...flow,
      messageFlows: [{ ...flow.messageFlows[0]!, adapter: { type: 'FTP', config: {} } }],
    };
    expect(messages(broken)).toEqual(['Sender → Start: unknown adapter type "FTP"']);
  });
  it('Script step without script, or with a missing one', () => {
    const none = run(helloFlow(), 'step.configure', {
      id: 'Script_1',
      config: { scriptFile: '', functionName: '' },
    });
    expect(problemsFor(none, 'Script_1')).toEqual([
      {
        severity: 'error',
        message: 'Script 1: no script file is assigned',
        elementId: 'Script_1',
        elementKind: 'step',
        field: 'scriptFile',
      },
    ]);
    const missing = run(helloFlow(), 'step.configure', {
      id: 'Script_1',
      config: { scriptFile: 'gone.js', functionName: '' },
    });
    expect(messages(missing)).toEqual([
      'Script 1: script file "gone.js" does not exist in the flow\'s resources',
    ]);
  });
  it('a syntax error in the script is a problem of the Script step, at its line', () => {
    const flow = helloFlow();
    const file = (
      flow.process.steps.find((s) => s.id === 'Script_1')!.config as { scriptFile: string }
    ).scriptFile;
    const broken = run(flow, 'script.edit', {
      name: file,
      content: 'function processData(message) {\n  message.setBody("x" +);\n  return message;\n}',
    });
    expect(problemsFor(broken, 'Script_1')).toEqual([
      {
        severity: 'error',
        message: `Script 1: syntax error in ${file}, line 2, column 24: Unexpected token`,
        elementId: 'Script_1',
        elementKind: 'step',
        line: 2,
        column: 24,
      },
    ]);
  });
  it('a Groovy parse error is a problem of the Script step, at its Groovy line', () => {
    let flow = run(helloFlow(), 'script.create', {
      name: 'Map.groovy',
      content:
        'import com.sap.gateway.ip.core.customdev.util.Message\ndef Message processData(Message message) {\n  def x = [1, 2\n  return message\n}\n',
    });
    flow = run(flow, 'step.configure', {
      id: 'Script_1',
      config: { scriptFile: 'Map.groovy', functionName: '' },
    });
    const [problem, ...rest] = problemsFor(flow, 'Script_1');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', elementId: 'Script_1' });
    expect(problem!.message).toMatch(
      /^Script 1: syntax error in Map\.groovy, line \d+, column \d+: /,
    );
    expect(problem!.line).toBeGreaterThanOrEqual(3);
    // The same script, fixed: no problem.
    const fixed = run(flow, 'script.edit', {
      name: 'Map.groovy',
      content:
        'import com.sap.gateway.ip.core.customdev.util.Message\ndef Message processData(Message message) {\n  def x = [1, 2]\n  return message\n}\n',
    });
    expect(problemsFor(fixed, 'Script_1')).toEqual([]);
  });
  it('runs each step’s schema (zod issue → field) and its validate', () => {
    let flow = run(helloFlow(), 'element.add', {
      type: 'testChecked',
      position: { x: 0, y: 0 },
      id: 'C',
    });
    flow = run(flow, 'step.configure', { id: 'C', config: { count: 0, mode: 'bad' } });
    const problems = problemsFor(flow, 'C').filter((p) => p.field);
    expect(problems).toEqual([
      {
        severity: 'warning',
        message: 'Checked 1: mode is bad',
        elementId: 'C',
        elementKind: 'step',
        field: 'mode',
      },
      {
        severity: 'error',
        message: expect.stringMatching(/^Checked 1: Count: /),
        elementId: 'C',
        elementKind: 'step',
        field: 'count',
      },
    ]);
  });
  it('reports unknown step types, broken links and exceeded limits (imported files)', () => {
    const flow = helloFlow();
    const broken: Flow = {
      ...flow,
      process: {
        ...flow.process,
        steps: [
          ...flow.process.steps,
          { id: 'X', type: 'Foo', name: 'X', position: { x: 0, y: 0 }, config: {} },
        ],
        sequenceFlows: [
          ...flow.process.sequenceFlows,
          { id: 'L1', source: 'Script_1', target: 'Nowhere' },
          { id: 'L2', source: 'Script_1', target: 'StartEvent_1' },
        ],
      },
    };
    const found = messages(broken);
    expect(found).toContain('X: unknown step type "Foo"');
    expect(found).toContain('Sequence flow L1 connects a missing step');
    expect(found).toContain('Script 1 has 3 outgoing sequence flows; at most 1 allowed');
    expect(found).toContain('Start has 1 incoming sequence flows; at most 0 allowed');
  });
});
