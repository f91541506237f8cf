import type { FlowArrangement } from '../commands/types';
import type { Flow } from '../model/flow';

type ArrangeModule = typeof import('./arrangeFlow');
let arrangeModule: Promise<ArrangeModule> | undefined;

/**
 * Auto-layout of a flow, computed off the command table: the layout engine (dagre) loads on
 * first use, so it is not part of the editor's initial JavaScript. Apply the result with the
 * pure command 'flow.arrange' so the whole layout is one undo step:
 *
 *   const arrangement = await computeLayout(flow);
 *   dispatch('flow.arrange', arrangement);
 */
export async function computeLayout(flow: Flow): Promise<FlowArrangement> {
  arrangeModule ??= import('./arrangeFlow').catch((e: unknown) => {
    // Let a later call retry (e.g. the chunk failed to download once).
    arrangeModule = undefined;
    throw e;
  });
  return (await arrangeModule).arrangeFlow(flow);
}
