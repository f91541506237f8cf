import type { Expectation, Flow, TestCase } from '../model/flow';
import { bodyText } from '../expression/bodyText';
import { runFlow } from './runFlow';
import type { RunOptions, Trace } from './types';

export interface TestCaseResult {
  pass: boolean;
  failures: string[];
  trace: Trace;
}

const show = (v: unknown) =>
  v === undefined ? 'nothing' : JSON.stringify(typeof v === 'string' ? v : String(v));

/** Why an expectation failed, or null when it holds. */
export function checkExpectation(e: Expectation, trace: Trace): string | null {
  const out = trace.output;
  const body = bodyText(out.body);
  switch (e.kind) {
    case 'bodyEquals':
      return body === e.value ? null : `Body is ${show(body)}, expected ${show(e.value)}`;
    case 'bodyContains':
      return body.includes(e.value) ? null : `Body ${show(body)} does not contain ${show(e.value)}`;
    case 'headerEquals': {
      const v = out.headers[e.name];
      return v !== undefined && String(v) === e.value
        ? null
        : `Header ${e.name} is ${show(v)}, expected ${show(e.value)}`;
    }
    case 'propertyEquals': {
      const v = out.properties[e.name];
      return v !== undefined && String(v) === e.value
        ? null
        : `Property ${e.name} is ${show(v)}, expected ${show(e.value)}`;
    }
    case 'endsOk':
      return trace.status === 'completed'
        ? null
        : `Run ended ${trace.status}${trace.error ? `: ${trace.error.message}` : ''}, expected it to end ok`;
    case 'endsWithError': {
      if (trace.status !== 'failed') return `Run ended ${trace.status}, expected an error`;
      const text = `${trace.error?.type ?? ''}: ${trace.error?.message ?? ''}`;
      return e.contains && !text.includes(e.contains)
        ? `Error ${show(text)} does not contain ${show(e.contains)}`
        : null;
    }
  }
}

/** Runs one saved test case of a flow and checks its expectations. */
export async function runTestCase(
  flow: Flow,
  testCase: TestCase,
  options: RunOptions,
): Promise<TestCaseResult> {
  const trace = await runFlow(
    flow,
    {
      body: testCase.input.body,
      headers: { ...testCase.input.headers },
      properties: { ...testCase.input.properties },
    },
    {
      ...options,
      ...(testCase.startStepId ? { startStepId: testCase.startStepId } : {}),
      ...(testCase.endStepId ? { endStepId: testCase.endStepId } : {}),
    },
  );
  const failures = testCase.expectations
    .map((e) => checkExpectation(e, trace))
    .filter((f): f is string => f !== null);
  return { pass: failures.length === 0, failures, trace };
}
