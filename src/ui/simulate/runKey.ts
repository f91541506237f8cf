import type { Flow } from '../../core/model/flow';

const cache = new WeakMap<Flow, string>();

/**
 * Flow id plus everything that can change what a run does: steps (without position, size and
 * name), sequence flows, adapters, scripts, settings. Moving a step, renaming it or saving a
 * test case keeps the key, so the last run stays on screen; editing a script drops it.
 */
export function runKey(flow: Flow): string {
  const hit = cache.get(flow);
  if (hit !== undefined) return hit;
  const key = `${flow.id}\n${JSON.stringify({
    steps: flow.process.steps.map(({ id, type, parentId, config }) => ({
      id,
      type,
      parentId,
      config,
    })),
    links: flow.process.sequenceFlows.map(({ id, source, target, config }) => ({
      id,
      source,
      target,
      config,
    })),
    messageFlows: flow.messageFlows,
    scripts: flow.resources.scripts,
    settings: flow.settings,
  })}`;
  cache.set(flow, key);
  return key;
}
