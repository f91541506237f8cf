import type { Flow, Step } from '../model/flow';
import { withDescendants } from '../model/elements';
import { scriptFields } from './scriptCommands';
import type { ClipboardData } from './types';

/**
 * What copy/cut put on the clipboard: the selected participants and steps (with everything
 * inside selected subprocesses), only the links whose both ends are in the selection, and the
 * script resources the steps use (a paste into another flow needs them). Deep copies, so later
 * edits of the flow never change the clipboard.
 */
export function copySelection(flow: Flow, ids: Iterable<string>): ClipboardData {
  const chosen = withDescendants(flow, ids);
  const participants = flow.participants.filter((p) => chosen.has(p.id));
  const steps = flow.process.steps.filter((s) => chosen.has(s.id));
  const inside = new Set([...participants, ...steps].map((e) => e.id));
  const both = (l: { source: string; target: string }) =>
    inside.has(l.source) && inside.has(l.target);
  const used = new Set(steps.flatMap((s) => scriptFields(s).map((key) => s.config[key])));
  return structuredClone({
    kind: 'ifs-clipboard' as const,
    participants,
    steps,
    sequenceFlows: flow.process.sequenceFlows.filter(both),
    messageFlows: flow.messageFlows.filter(both),
    scripts: flow.resources.scripts.filter((r) => used.has(r.name)),
  });
}

/** True when the clipboard holds at least one element (links alone are never pasted). */
export function isClipboardEmpty(clipboard: ClipboardData): boolean {
  return clipboard.participants.length === 0 && clipboard.steps.length === 0;
}

/** The flow's resources plus the clipboard scripts pasted steps use that this flow lacks. */
export function withClipboardScripts(
  flow: Flow,
  clip: ClipboardData,
  steps: Step[],
): Flow['resources'] {
  const have = new Set(flow.resources.scripts.map((r) => r.name));
  const used = new Set(steps.flatMap((s) => scriptFields(s).map((key) => s.config[key])));
  const missing = [];
  for (const r of clip.scripts ?? []) {
    if (!used.has(r.name) || have.has(r.name)) continue;
    have.add(r.name);
    missing.push(r);
  }
  if (missing.length === 0) return flow.resources;
  return { ...flow.resources, scripts: [...flow.resources.scripts, ...structuredClone(missing)] };
}
