import { describe, expect, it } from 'vitest';
import { runTestCase } from './runTestCase';
import { fakeRunScript } from './testing/fakeRunScript';
import { fixedOptions, lineFlow } from './testing/flowFixture';
import type { TestCase } from '../model/flow';

const flow = lineFlow([
  {
    id: 'CM',
    type: 'contentModifier',
    config: {
      headers: [
        {
          action: 'Create',
          name: 'greeting',
          sourceType: 'Constant',
          sourceValue: 'hi',
          dataType: 'java.lang.String',
          default: '',
        },
      ],
      properties: [
        {
          action: 'Create',
          name: 'who',
          sourceType: 'Header',
          sourceValue: 'user',
          dataType: '',
          default: 'nobody',
        },
      ],
      bodyType: 'Expression',
      bodyValue: 'Hello ${property.who}',
    },
  },
]);
const options = { runScript: fakeRunScript, ...fixedOptions };

const testCase = (expectations: TestCase['expectations']): TestCase => ({
  id: 'tc1',
  name: 'greets',
  input: { body: '', headers: { user: 'Ada' }, properties: {} },
  expectations,
});

describe('runTestCase', () => {
  it('passes when every expectation holds', async () => {
    const result = await runTestCase(
      flow,
      testCase([
        { kind: 'bodyEquals', value: 'Hello Ada' },
        { kind: 'bodyContains', value: 'Ada' },
        { kind: 'headerEquals', name: 'greeting', value: 'hi' },
        { kind: 'propertyEquals', name: 'who', value: 'Ada' },
        { kind: 'endsOk' },
      ]),
      options,
    );
    expect(result.failures).toEqual([]);
    expect(result.pass).toBe(true);
  });

  it('lists each failed expectation', async () => {
    const result = await runTestCase(
      flow,
      testCase([
        { kind: 'bodyEquals', value: 'Hello Bob' },
        { kind: 'bodyContains', value: 'Bob' },
        { kind: 'headerEquals', name: 'missing', value: 'x' },
        { kind: 'propertyEquals', name: 'who', value: 'Bob' },
        { kind: 'endsWithError' },
      ]),
      options,
    );
    expect(result.pass).toBe(false);
    expect(result.failures).toEqual([
      'Body is "Hello Ada", expected "Hello Bob"',
      'Body "Hello Ada" does not contain "Bob"',
      'Header missing is nothing, expected "x"',
      'Property who is "Ada", expected "Bob"',
      'Run ended completed, expected an error',
    ]);
  });

  it('checks the error text of a failing run and honours start/end steps', async () => {
    const failing = lineFlow([
      { id: 'S', type: 'script', config: { scriptFile: 'missing.js', functionName: '' } },
    ]);
    const r = await runTestCase(
      failing,
      testCase([{ kind: 'endsWithError', contains: 'not found' }, { kind: 'endsOk' }]),
      options,
    );
    expect(r.failures).toEqual([
      'Run ended failed: Script file "missing.js" not found, expected it to end ok',
    ]);
    const partial = await runTestCase(
      flow,
      {
        ...testCase([{ kind: 'bodyEquals', value: 'Hello Ada' }, { kind: 'endsOk' }]),
        endStepId: 'CM',
      },
      options,
    );
    // Reaching the chosen end step is an ok end.
    expect(partial.failures).toEqual([]);
    expect(partial.pass).toBe(true);
    expect(partial.trace).toMatchObject({ status: 'completed', stoppedAt: 'CM' });
    expect(partial.trace.entries.map((e) => e.stepId)).toEqual(['Start', 'CM']);
  });
});
