/**
 * Engine benchmark: messages per second through the Hello World flow and a 10-step flow, and
 * the engine's own cost per step beyond the sandbox (measured with a no-op script runner).
 * `benchEngine` is environment-neutral so the lead can run it in Node and in a Chromium worker.
 */
import type { Flow, Message, ScriptRunner } from '../src/core';
import { runFlow } from '../src/core/engine';
import { helloWorldFlow, tenStepFlow } from '../src/core/engine/testing/sampleFlows';
import { lineFlow } from '../src/core/engine/testing/flowFixture';
import { noopRunScript } from '../src/core/engine/testing/fakeRunScript';

export { helloWorldFlow, tenStepFlow };

export interface FlowBench {
  flow: string;
  runner: 'sandbox' | 'no-op';
  messages: number;
  stepsPerMessage: number;
  messagesPerSecond: number;
  msPerMessage: number;
}

export interface EngineBench {
  helloWorld: FlowBench;
  tenStep: FlowBench;
  /** Engine overhead alone: same flows with a no-op script runner. */
  helloWorldEngineOnly: FlowBench;
  tenStepEngineOnly: FlowBench;
  engineMicrosecondsPerStep: number;
  /**
   * The engine's own cost per step: a flow of 100 Script steps minus a Start → End flow, both
   * with a no-op script runner, divided by 100 (run setup, trace entry, routing, the message
   * handed on; no step's real work).
   */
  engineOverheadMicrosecondsPerStep: number;
}

/** Start → n Script steps (one no-op script) → End. */
function passThroughFlow(n: number): Flow {
  const steps = Array.from({ length: n }, (_, i) => ({
    id: `S${i + 1}`,
    type: 'script',
    config: { scriptFile: 'noop.js', functionName: '' },
  }));
  return lineFlow(steps, {
    scripts: { 'noop.js': 'function processData(message) { return message; }' },
  });
}

async function measure(
  name: string,
  flow: Flow,
  runScript: ScriptRunner,
  runner: FlowBench['runner'],
  budgetMs: number,
): Promise<FlowBench> {
  const input: Message = { body: '{"a":1}', headers: {}, properties: {} };
  const options = { runScript, ids: { exchangeId: 'ID-bench', messageId: 'AGbench' } };
  const first = await runFlow(flow, input, options);
  if (first.status !== 'completed')
    throw new Error(`${name} did not complete: ${first.error?.message ?? first.status}`);
  for (let i = 0; i < 20; i++) await runFlow(flow, input, options); // warm-up (JIT, script cache)
  // The fastest of 5 slices: on a shared machine the slower slices measure the neighbours.
  let messages = 0;
  let elapsed = Infinity;
  for (let slice = 0; slice < 5; slice++) {
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < budgetMs / 5) {
      await runFlow(flow, input, options);
      n++;
    }
    const t = performance.now() - t0;
    if (t / n < elapsed / messages || messages === 0) [messages, elapsed] = [n, t];
  }
  return {
    flow: name,
    runner,
    messages,
    stepsPerMessage: first.entries.length,
    messagesPerSecond: Math.round((messages / elapsed) * 1000),
    msPerMessage: Number((elapsed / messages).toFixed(4)),
  };
}

/** Runs every measurement for about `budgetMs` each (default 1 s). */
export async function benchEngine(runScript: ScriptRunner, budgetMs = 1000): Promise<EngineBench> {
  const hello = helloWorldFlow();
  const ten = tenStepFlow();
  const helloWorld = await measure('Hello World', hello, runScript, 'sandbox', budgetMs);
  const tenStep = await measure('10-step', ten, runScript, 'sandbox', budgetMs);
  const helloWorldEngineOnly = await measure(
    'Hello World',
    hello,
    noopRunScript,
    'no-op',
    budgetMs,
  );
  const tenStepEngineOnly = await measure('10-step', ten, noopRunScript, 'no-op', budgetMs);
  // Per step, with no sandbox: converters, routing, expressions and the engine's own copies.
  const engineMicrosecondsPerStep = Number(
    ((tenStepEngineOnly.msPerMessage * 1000) / tenStepEngineOnly.stepsPerMessage).toFixed(2),
  );
  const empty = await measure('Start → End', passThroughFlow(0), noopRunScript, 'no-op', budgetMs);
  const hundred = await measure(
    '100 steps',
    passThroughFlow(100),
    noopRunScript,
    'no-op',
    budgetMs,
  );
  const engineOverheadMicrosecondsPerStep = Number(
    (((hundred.msPerMessage - empty.msPerMessage) * 1000) / 100).toFixed(2),
  );
  return {
    helloWorld,
    tenStep,
    helloWorldEngineOnly,
    tenStepEngineOnly,
    engineMicrosecondsPerStep,
    engineOverheadMicrosecondsPerStep,
  };
}

const invokedDirectly =
  typeof process !== 'undefined' &&
  typeof process.argv[1] === 'string' &&
  /bench-engine\.ts$/.test(process.argv[1]);

if (invokedDirectly) {
  const { runScript } = await import('../src/core/script');
  const result = await benchEngine(runScript);
  for (const r of [
    result.helloWorld,
    result.tenStep,
    result.helloWorldEngineOnly,
    result.tenStepEngineOnly,
  ]) {
    console.log(
      `${r.flow.padEnd(12)} ${r.runner.padEnd(8)} ${String(r.messagesPerSecond).padStart(7)} msg/s  ${r.msPerMessage} ms/msg  (${r.stepsPerMessage} steps)`,
    );
  }
  console.log(`engine cost per step (no sandbox): ${result.engineMicrosecondsPerStep} µs`);
  console.log(
    `engine overhead per step (100 no-op steps): ${result.engineOverheadMicrosecondsPerStep} µs (target ≤ 10)`,
  );
}
