import { useDeferredValue, useEffect, useState } from 'react';
import { validateFlow, type Flow, type Problem } from '../../../core';
import { isSyntaxCheckerLoaded, loadSyntaxChecker } from '../../../core/script/syntaxChecker';
import { useEditor } from '../../../store/useEditor';

// One validation per flow snapshot, shared by the problems panel, the properties panel and
// the header (flows are immutable, so the snapshot is the cache key).
let cache = new WeakMap<Flow, Problem[]>();

export function problemsOf(flow: Flow): Problem[] {
  let problems = cache.get(flow);
  if (!problems) {
    problems = validateFlow(flow);
    cache.set(flow, problems);
  }
  return problems;
}

const NONE: Problem[] = [];

/** The script parser loads after the editor is up; validation then finds syntax errors too. */
function useSyntaxChecker(): boolean {
  const [loaded, setLoaded] = useState(isSyntaxCheckerLoaded);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    void loadSyntaxChecker().then(() => {
      cache = new WeakMap();
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded;
}

/**
 * Problems of the open flow. Deferred: while the user types or drags, React may render the
 * latest edit first and re-validate right after, so a large flow stays responsive.
 */
export function useProblems(): Problem[] {
  const flow = useEditor((s) => s.flow);
  const deferred = useDeferredValue(flow);
  useSyntaxChecker(); // re-renders (on a reset cache) once the parser is there
  return deferred ? problemsOf(deferred) : NONE;
}
