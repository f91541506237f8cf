import { hostname } from 'node:os';
import { runTestCase } from '../../core/engine';
import { EXIT } from '../cliError';
import { str, type Command } from '../command';
import { checkOutputFile, writeOutput } from '../io';
import { junitXml, type JUnitCase } from '../junit';
import { loadOneFlow } from '../loadFlowFile';
import { withScriptRunner } from '../scriptRunner';

export const testCommand: Command = {
  name: 'test',
  summary: 'Run the test cases stored in a flow; exit 1 when any fails',
  usage: 'ifs test <flow> [--junit FILE] [--json]',
  help: [
    '  --junit FILE   also write a JUnit XML report for CI',
    '  --json         print {flow, passed, failed, cases} as JSON',
    'Progress goes to stderr, one line per case.',
  ].join('\n'),
  options: { junit: { type: 'string' } },
  positionals: [1, 1],
  async run(args, io) {
    const junit = str(args, 'junit');
    // A report that could not be written is known before the cases run, not after.
    if (junit !== undefined) checkOutputFile(junit);
    const { flow } = await loadOneFlow(args.positionals[0] ?? '');
    const startedAt = new Date().toISOString().replace(/\.\d+Z$/, '');
    const cases: JUnitCase[] = [];
    const total = flow.testCases.length;
    if (total === 0) io.err(`${flow.name}: no test cases stored in this flow`);
    await withScriptRunner(async (runScript) => {
      for (const [i, tc] of flow.testCases.entries()) {
        const started = performance.now();
        const result = await runTestCase(flow, tc, { runScript });
        const timeSec = (performance.now() - started) / 1000;
        const trace = result.trace;
        // A run that failed although the case expected no error is an error, not a failure.
        const unexpected =
          trace.status === 'failed' &&
          trace.error &&
          !tc.expectations.some((e) => e.kind === 'endsWithError');
        cases.push({
          name: tc.name,
          timeSec,
          failures: result.failures,
          ...(unexpected && trace.error
            ? { error: { type: trace.error.type, message: trace.error.message } }
            : {}),
        });
        const mark = result.pass ? 'ok  ' : 'FAIL';
        io.err(`[${i + 1}/${total}] ${mark} ${tc.name}`);
        if (!args.values.json) for (const f of result.failures) io.err(`       ${f}`);
      }
    });
    const failed = cases.filter((c) => c.failures.length > 0).length;
    if (junit !== undefined)
      writeOutput(
        junit,
        junitXml(flow.name, cases, { timestamp: startedAt, hostname: hostname() }),
      );
    if (args.values.json)
      io.out(JSON.stringify({ flow: flow.name, passed: total - failed, failed, cases }, null, 2));
    else io.out(`${flow.name}: ${total - failed} passed, ${failed} failed`);
    return failed > 0 ? EXIT.failed : EXIT.ok;
  },
};
