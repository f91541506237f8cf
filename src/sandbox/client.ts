import { createSandbox, type Sandbox } from './createSandbox';
import SandboxWorker from './sandbox.worker?worker';

export { createSandbox, WATCHDOG_GRACE_MS, LOAD_TIMEOUT_MS, type Sandbox } from './createSandbox';

let shared: Sandbox | null = null;

/** The app's sandbox: the worker starts lazily on the first run. */
export function getSandbox(): Sandbox {
  shared ??= createSandbox(() => new SandboxWorker({ name: 'script-sandbox' }));
  return shared;
}
