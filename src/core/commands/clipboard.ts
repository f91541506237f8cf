import type { Flow } from '../model/flow';
import { withDescendants } from '../model/elements';
import type { ClipboardData } from './types';

/**
 * What copy/cut put on the clipboard: the selected participants and steps (with everything
 * inside selected subprocesses) and only the links whose both ends are in the selection.
 * Deep copies, so later edits of the flow never change the clipboard.
 */
export function copySelection(flow: Flow, ids: Iterable<string>): ClipboardData {
  const chosen = withDescendants(flow, ids);
  const participants = flow.participants.filter((p) => chosen.has(p.id));
  const steps = flow.process.steps.filter((s) => chosen.has(s.id));
  const inside = new Set([...participants, ...steps].map((e) => e.id));
  const both = (l: { source: string; target: string }) =>
    inside.has(l.source) && inside.has(l.target);
  return structuredClone({
    kind: 'ifs-clipboard' as const,
    participants,
    steps,
    sequenceFlows: flow.process.sequenceFlows.filter(both),
    messageFlows: flow.messageFlows.filter(both),
  });
}

/** True when the clipboard holds at least one element (links alone are never pasted). */
export function isClipboardEmpty(clipboard: ClipboardData): boolean {
  return clipboard.participants.length === 0 && clipboard.steps.length === 0;
}
