import { useDeferredValue, useEffect, useState } from 'react';
import { validateFlow, type Flow, type Problem } from '../../../core';
import type { ScriptLanguage } from '../../../core/model/flow';
import {
  isSyntaxCheckerLoaded,
  loadSyntaxChecker,
  scriptLanguagesOf,
} from '../../../core/script/syntaxChecker';
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
const NO_LANGUAGES: readonly ScriptLanguage[] = [];

/**
 * The script parsers load after the editor is up, the Groovy one only once the flow has a Groovy
 * script; validation then finds syntax errors too (re-rendered on a reset cache).
 */
function useSyntaxChecker(flow: Flow | null): void {
  const languages = flow ? scriptLanguagesOf(flow) : NO_LANGUAGES;
  const ready = isSyntaxCheckerLoaded(languages);
  const [, setLoads] = useState(0);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadSyntaxChecker(languages).then(() => {
      cache = new WeakMap();
      if (live) setLoads((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [ready, languages]);
}

/**
 * Problems of the open flow. Deferred: while the user types or drags, React may render the
 * latest edit first and re-validate right after, so a large flow stays responsive.
 */
export function useProblems(): Problem[] {
  const flow = useEditor((s) => s.flow);
  const deferred = useDeferredValue(flow);
  useSyntaxChecker(flow);
  return deferred ? problemsOf(deferred) : NONE;
}
