import { flowArrange } from '../commands/flowArrange';
import type { Flow } from '../model/flow';
import { computeLayout } from './computeLayout';

/**
 * The flow auto-laid out (convenience for tests and command-line tools): computeLayout, then
 * the same 'flow.arrange' command the editor dispatches. Pure: the input flow is not changed.
 */
export async function layoutFlow(flow: Flow): Promise<Flow> {
  return flowArrange(flow, await computeLayout(flow)).flow;
}
