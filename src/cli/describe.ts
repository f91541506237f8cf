import type { Flow } from '../core/model/flow';
import type { Problem } from '../core/validation';

/** The display name of a flow element named by a problem (its name, else its id). */
export function elementName(flow: Flow, id: string): string {
  const named =
    flow.process.steps.find((s) => s.id === id) ??
    flow.participants.find((p) => p.id === id) ??
    flow.process.sequenceFlows.find((s) => s.id === id) ??
    flow.messageFlows.find((m) => m.id === id);
  const name = named && 'name' in named && typeof named.name === 'string' ? named.name : '';
  if (id === flow.process.id) return flow.process.name || id;
  return name && name !== id ? `${name} (${id})` : id;
}

/** One problem as the designer's problems list shows it. */
export function problemLine(flow: Flow, p: Problem): string {
  const field = p.field ? ` [${p.field}]` : '';
  return `${p.severity === 'error' ? 'error  ' : 'warning'}  ${elementName(flow, p.elementId)}${field}: ${p.message}`;
}
