import type { ScriptRunner } from '../core/script/types';
import { createNodeSandbox, nodeScriptRunner } from '../sandbox/nodeSandbox';

/**
 * Scripts of a CLI command run in the Node sandbox: QuickJS in a worker thread whose watchdog
 * ends a run stuck inside a built-in (the time limit holds from outside the interpreter). The
 * thread is ended when the command is done.
 */
export async function withScriptRunner<T>(
  use: (runScript: ScriptRunner) => Promise<T>,
): Promise<T> {
  const sandbox = createNodeSandbox();
  try {
    return await use(nodeScriptRunner(sandbox));
  } finally {
    sandbox.dispose();
  }
}
