import { loadSyntaxChecker } from '../../core/script/syntaxChecker';
import { validateFlow } from '../../core/validation';
import { EXIT } from '../cliError';
import type { Command } from '../command';
import { problemLine } from '../describe';
import { loadOneFlow } from '../loadFlowFile';

export const validateCommand: Command = {
  name: 'validate',
  summary: "Check a flow; prints the designer's problems list, exit 1 when any error",
  usage: 'ifs validate <flow> [--json]',
  help: '  <flow>   a JSON export, a CPI .iflw, .zip or unzipped artifact folder (- reads stdin)\n  --json   print {flow, ok, problems, warnings} as JSON',
  options: {},
  positionals: [1, 1],
  async run(args, io) {
    const path = args.positionals[0] ?? '';
    const { flow, warnings } = await loadOneFlow(path);
    await loadSyntaxChecker(); // scripts that do not parse are errors of their step
    const problems = validateFlow(flow);
    const errors = problems.filter((p) => p.severity === 'error').length;
    if (args.values.json) {
      io.out(JSON.stringify({ flow: flow.name, ok: errors === 0, problems, warnings }, null, 2));
    } else {
      for (const w of warnings) io.err(`note: ${w}`);
      for (const p of problems) io.out(problemLine(flow, p));
      const warns = problems.length - errors;
      io.out(
        problems.length === 0
          ? `${flow.name}: no problems`
          : `${flow.name}: ${errors} error(s), ${warns} warning(s)`,
      );
    }
    return errors > 0 ? EXIT.failed : EXIT.ok;
  },
};
