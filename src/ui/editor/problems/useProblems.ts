import { useDeferredValue } from 'react';
import { validateFlow, type Flow, type Problem } from '../../../core';
import { useEditor } from '../../../store/useEditor';

// One validation per flow snapshot, shared by the problems panel, the properties panel and
// the header (flows are immutable, so the snapshot is the cache key).
const cache = new WeakMap<Flow, Problem[]>();

export function problemsOf(flow: Flow): Problem[] {
  let problems = cache.get(flow);
  if (!problems) {
    problems = validateFlow(flow);
    cache.set(flow, problems);
  }
  return problems;
}

const NONE: Problem[] = [];

/**
 * Problems of the open flow. Deferred: while the user types or drags, React may render the
 * latest edit first and re-validate right after, so a large flow stays responsive.
 */
export function useProblems(): Problem[] {
  const flow = useEditor((s) => s.flow);
  const deferred = useDeferredValue(flow);
  return deferred ? problemsOf(deferred) : NONE;
}
