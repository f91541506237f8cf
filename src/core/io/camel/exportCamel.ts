import { stringify } from 'yaml';
import type { Flow, Step } from '../../model/flow';
import type { CamelNode, CamelWriteContext } from '../../registry/camelCodec';
import { getStepType } from '../../registry/registry';

/** A flow the Camel export cannot map; the message names the step. */
export class CamelExportError extends Error {
  override name = 'CamelExportError';
}

function senderAddress(flow: Flow): string {
  const start = flow.process.steps.find((s) => s.type === 'startEvent');
  const mf = flow.messageFlows.find((m) => m.target === start?.id);
  const address =
    mf && typeof mf.adapter.config.address === 'string' ? mf.adapter.config.address : '';
  if (!mf || !address)
    throw new CamelExportError(
      `${flow.name}: the Start event has no HTTPS sender with an address; Camel needs a "from" endpoint`,
    );
  if (mf.adapter.type.toLowerCase() !== 'https')
    throw new CamelExportError(
      `${flow.name}: sender adapter "${mf.adapter.type}" has no Camel mapping`,
    );
  return address;
}

/**
 * The flow's Integration Process as one Camel route (YAML DSL data). Knows no step type: each
 * step's codec (registry → codecs.camel) writes its processors; a step type without one is
 * refused by name.
 */
export function camelRoute(flow: Flow): CamelNode {
  const steps = new Map(flow.process.steps.map((s) => [s.id, s]));
  const onPath = new Set<string>();
  const ctx: CamelWriteContext = {
    flow,
    refuse(step: Step, why: string): never {
      throw new CamelExportError(`${flow.name}: step "${step.name}" (${step.type}): ${why}`);
    },
    follow(stepId: string): CamelNode[] {
      const out: CamelNode[] = [];
      let id: string | undefined = stepId;
      const here: string[] = [];
      while (id) {
        const step = steps.get(id);
        if (!step) break;
        if (onPath.has(id)) ctx.refuse(step, 'the flow loops back here; Camel routes cannot loop');
        onPath.add(id);
        here.push(id);
        const codec = getStepType(step.type)?.codecs?.camel;
        if (!codec) ctx.refuse(step, 'has no Apache Camel equivalent');
        out.push(...codec.write(step.config as never, step, ctx));
        if (codec.endsPath) break;
        id = flow.process.sequenceFlows.find((l) => l.source === id)?.target;
      }
      for (const h of here) onPath.delete(h);
      return out;
    },
  };
  for (const s of flow.process.steps)
    if (s.type === 'exceptionSubprocess' || s.type === 'localProcess' || s.parentId)
      ctx.refuse(s, 'subprocesses are not exported to Camel yet');
  const start = flow.process.steps.find((s) => s.type === 'startEvent' && !s.parentId);
  if (!start)
    throw new CamelExportError(`${flow.name}: the Integration Process has no Start event`);
  const uri = `platform-http:${senderAddress(flow)}`;
  return {
    route: {
      id: flow.id,
      ...(flow.description ? { description: flow.description } : {}),
      from: { uri, steps: ctx.follow(start.id) },
    },
  };
}

/** Camel YAML DSL, runnable with `camel run <file>.camel.yaml` (Camel JBang). */
export function exportCamelYaml(flow: Flow): string {
  return `# ${flow.name}: exported from Integration Flow Studio\n${stringify([camelRoute(flow)], { lineWidth: 0 })}`;
}

/** The same route inside a Camel K Integration resource, for `kubectl apply -f`. */
export function exportCamelK(flow: Flow): string {
  const name =
    flow.id
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 63) || 'flow';
  const integration = {
    apiVersion: 'camel.apache.org/v1',
    kind: 'Integration',
    metadata: { name, annotations: { 'ifs/flow-name': flow.name } },
    spec: { flows: [camelRoute(flow)] },
  };
  return stringify(integration, { lineWidth: 0 });
}
