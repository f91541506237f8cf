import { stringify } from 'yaml';
import type { Flow, Step } from '../../model/flow';
import type { CamelNode, CamelWriteContext } from '../../registry/camelCodec';
import { getStepType } from '../../registry/registry';
import { processStart } from '../../registry/processStart';
import { adapterCodecs, loadCodecs, stepCodecs } from '../../registry/codecs';
import { resolveText } from '../../model/parameters';

/** A flow the Camel export cannot map; the message names the step. */
export class CamelExportError extends Error {
  override name = 'CamelExportError';
}

/**
 * The route's `from` URI: written by the start's own codec when it starts without a message
 * (Timer Start), else by the sender adapter's codec.
 */
function fromUri(flow: Flow, start: Step, ctx: CamelWriteContext): string {
  const own = stepCodecs(start.type).camel;
  if (own?.from) return own.from(start.config as never, start, ctx);
  const mf = flow.messageFlows.find((m) => m.target === start.id);
  const fail = (why: string): never => {
    throw new CamelExportError(`${flow.name}: ${why}`);
  };
  if (!mf) return fail('the Start event has no sender adapter; Camel needs a "from" endpoint');
  const codec = adapterCodecs(mf.adapter.type).camel;
  if (!codec?.from) return fail(`sender adapter "${mf.adapter.type}" has no Camel mapping`);
  return codec.from(mf.adapter.config as never, fail);
}

function codecOf(step: Step, ctx: CamelWriteContext) {
  const codec = stepCodecs(step.type).camel;
  return codec ?? ctx.refuse(step, 'has no Apache Camel equivalent');
}

/**
 * The flow as Camel routes (YAML DSL data): the Integration Process first, then one `direct:`
 * route per Local Integration Process. Knows no step type: each step's codec (registry →
 * codecs.camel) writes its processors, containers wrap their process or add a route; a step type
 * without a codec is refused by name.
 */
export async function camelRoutes(flow: Flow): Promise<CamelNode[]> {
  await loadCodecs();
  return routesOf(flow);
}

/** camelRoutes once the codecs are loaded. */
function routesOf(flow: Flow): CamelNode[] {
  const steps = new Map(flow.process.steps.map((s) => [s.id, s]));
  const onPath = new Set<string>();
  const ctx: CamelWriteContext = {
    flow,
    refuse(step: Step, why: string): never {
      throw new CamelExportError(`${flow.name}: step "${step.name}" (${step.type}): ${why}`);
    },
    routeId: (suffix) => (suffix ? `${flow.id}-${suffix}` : flow.id),
    resolve: (text) => resolveText(text, flow.parameters),
    follow(stepId: string, stopAt?: string): CamelNode[] {
      const out: CamelNode[] = [];
      let id: string | undefined = stepId;
      const here: string[] = [];
      while (id && id !== stopAt) {
        const step = steps.get(id);
        if (!step) break;
        if (onPath.has(id)) ctx.refuse(step, 'the flow loops back here; Camel routes cannot loop');
        onPath.add(id);
        here.push(id);
        const codec = codecOf(step, ctx);
        out.push(...codec.write(step.config as never, step, ctx));
        if (codec.endsPath) break;
        id = flow.process.sequenceFlows.find((l) => l.source === id)?.target;
      }
      for (const h of here) onPath.delete(h);
      return out;
    },
    process(containerId) {
      const start = processStart(flow, containerId);
      const owner = containerId === undefined ? undefined : steps.get(containerId);
      if (!start) {
        if (owner) return ctx.refuse(owner, 'it has no Start event');
        throw new CamelExportError(`${flow.name}: the Integration Process has no Start event`);
      }
      let out = ctx.follow(start.id);
      for (const s of flow.process.steps) {
        if (s.parentId !== containerId || !getStepType(s.type)?.container) continue;
        const codec = codecOf(s, ctx);
        if (codec.wrap) out = codec.wrap(s.config as never, s, ctx, out);
        else if (!codec.route) ctx.refuse(s, 'this container has no Apache Camel equivalent');
      }
      return out;
    },
  };
  const start = processStart(flow, undefined);
  if (!start)
    throw new CamelExportError(`${flow.name}: the Integration Process has no Start event`);
  const main: CamelNode = {
    route: {
      id: ctx.routeId(),
      ...(flow.description ? { description: flow.description } : {}),
      from: { uri: fromUri(flow, start, ctx), steps: ctx.process(undefined) },
    },
  };
  const others = flow.process.steps.flatMap((s) => {
    const codec = getStepType(s.type)?.container ? codecOf(s, ctx) : undefined;
    return codec?.route ? [codec.route(s.config as never, s, ctx)] : [];
  });
  return [main, ...others];
}

/** The Integration Process's route alone (the first of camelRoutes). */
export async function camelRoute(flow: Flow): Promise<CamelNode> {
  return (await camelRoutes(flow))[0]!;
}

/** Camel YAML DSL, runnable with `camel run <file>.camel.yaml` (Camel JBang). */
export async function exportCamelYaml(flow: Flow): Promise<string> {
  return `# ${flow.name}: exported from Integration Flow Studio\n${stringify(await camelRoutes(flow), { lineWidth: 0 })}`;
}

/** The same routes inside a Camel K Integration resource, for `kubectl apply -f`. */
export async function exportCamelK(flow: Flow): Promise<string> {
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
    spec: { flows: await camelRoutes(flow) },
  };
  return stringify(integration, { lineWidth: 0 });
}
