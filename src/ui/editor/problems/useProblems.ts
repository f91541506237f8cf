import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { validateFlow, type Flow, type Problem } from '../../../core';
import type { ScriptLanguage } from '../../../core/model/flow';
import {
  isSyntaxCheckerLoaded,
  loadSyntaxChecker,
  scriptLanguagesOf,
} from '../../../core/script/syntaxChecker';
import { whenSettled } from '../../../platform/whenIdle';
import { useEditor } from '../../../store/useEditor';
import type { ConflictCheck } from './addressUses';

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

/** How long after the first idle moment the parsers load (the first click comes first). */
const PARSERS_SETTLE_MS = 1000;

/**
 * The script parsers (about 36 KB gzip) load once the editor has drawn the flow and the page has
 * been idle a second, none for a flow without scripts and the Groovy one only once the flow has a
 * Groovy script; validation then finds syntax errors too (re-rendered on a reset cache). Returns
 * whether they are loaded.
 */
function useSyntaxChecker(flow: Flow | null): boolean {
  const languages = flow ? scriptLanguagesOf(flow) : NO_LANGUAGES;
  const ready = isSyntaxCheckerLoaded(languages);
  const [, setLoads] = useState(0);
  useEffect(() => {
    if (ready) return;
    let live = true;
    whenSettled(() => {
      if (!live) return;
      void loadSyntaxChecker(languages).then(() => {
        cache = new WeakMap();
        if (live) setLoads((n) => n + 1);
      });
    }, PARSERS_SETTLE_MS);
    return () => {
      live = false;
    };
  }, [ready, languages]);
  return ready;
}

/**
 * Problems of the open flow. Deferred: while the user types or drags, React may render the
 * latest edit first and re-validate right after, so a large flow stays responsive.
 */
export function useProblems(): Problem[] {
  return useProblemsAndStatus().problems;
}

/** The problems, and whether the scripts' syntax is still to be checked (its parsers loading). */
export function useProblemsAndStatus(): { problems: Problem[]; checkingSyntax: boolean } {
  const flow = useEditor((s) => s.flow);
  const deferred = useDeferredValue(flow);
  const ready = useSyntaxChecker(flow);
  const conflicts = useAddressConflicts(deferred);
  const base = deferred ? problemsOf(deferred) : NONE;
  const problems = useMemo(
    () => (conflicts.length ? [...base, ...conflicts] : base),
    [base, conflicts],
  );
  return { problems, checkingSyntax: !ready && !!flow && flow.resources.scripts.length > 0 };
}

/**
 * Addresses the flow shares with another flow of the workspace (known from the summaries its
 * saves wrote) or with a flow deployed on the tenant. The check and the tenant's store load once
 * the editor has settled (they are not needed to draw it).
 */
function useAddressConflicts(flow: Flow | null): Problem[] {
  const [check, setCheck] = useState<ConflictCheck | null>(null);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let live = true;
    whenSettled(() => {
      void import('./addressUses').then((m) => {
        if (live) stop = m.watchAddressUses((c) => setCheck(() => c));
      });
    }, PARSERS_SETTLE_MS);
    return () => {
      live = false;
      stop?.();
    };
  }, []);
  return useMemo(() => (check && flow ? check(flow) : NONE), [check, flow]);
}
