import type { Flow, FlowSettings, MessageFlow, SequenceFlow, Step } from '../../model/flow';
import { newFlow } from '../../model/factory';
import type { Trace } from '../types';

export type StepSpec = {
  id: string;
  type: string;
  name?: string;
  config?: Record<string, unknown>;
  parentId?: string;
};
export type LinkSpec = {
  source: string;
  target: string;
  id?: string;
  name?: string;
  config?: Record<string, unknown>;
};

/** A flow built from a compact description, for golden engine tests and benchmarks. */
export function flowFixture(spec: {
  steps: StepSpec[];
  links: LinkSpec[];
  scripts?: Record<string, string>;
  messageFlows?: MessageFlow[];
  settings?: Partial<FlowSettings>;
  limits?: Partial<FlowSettings['limits']>;
}): Flow {
  const flow = newFlow({ id: 'Flow_test', name: 'Test flow' });
  flow.process.steps = spec.steps.map((s, i): Step => ({
    id: s.id,
    type: s.type,
    name: s.name ?? s.id,
    position: { x: 100 * i, y: 100 },
    config: s.config ?? {},
    ...(s.parentId ? { parentId: s.parentId } : {}),
  }));
  flow.process.sequenceFlows = spec.links.map((l, i): SequenceFlow => ({
    id: l.id ?? `SequenceFlow_${i + 1}`,
    source: l.source,
    target: l.target,
    ...(l.name ? { name: l.name } : {}),
    ...(l.config ? { config: l.config } : {}),
  }));
  flow.messageFlows = spec.messageFlows ?? [];
  flow.resources.scripts = Object.entries(spec.scripts ?? {}).map(([name, content]) => ({
    name,
    language: 'javascript' as const,
    content,
  }));
  flow.settings = {
    ...flow.settings,
    ...spec.settings,
    limits: { ...flow.settings.limits, ...spec.limits },
  };
  return flow;
}

/** Start → the given steps in a line → End. */
export function lineFlow(
  middle: StepSpec[],
  extra: Omit<Parameters<typeof flowFixture>[0], 'steps' | 'links'> = {},
): Flow {
  const steps: StepSpec[] = [
    { id: 'Start', type: 'startEvent' },
    ...middle,
    { id: 'End', type: 'endEvent' },
  ];
  const links = steps.slice(1).map((s, i) => ({ source: steps[i]!.id, target: s.id }));
  return flowFixture({ ...extra, steps, links });
}

/** The parts of a trace golden tests compare: which steps ran, routes, outcome, output. */
export function summarize(trace: Trace) {
  return {
    status: trace.status,
    steps: trace.entries.map(
      (e) => e.stepId + (e.route ? ` -> ${e.route}` : '') + (e.error ? ` !${e.error.type}` : ''),
    ),
    body: trace.output.body,
    ...(trace.error ? { error: `${trace.error.type}: ${trace.error.message}` } : {}),
  };
}

export const fixedOptions = {
  now: () => new Date('2026-03-05T08:09:10.123Z'),
  ids: { exchangeId: 'ID-test-1', messageId: 'AGtestMessageId' },
};
