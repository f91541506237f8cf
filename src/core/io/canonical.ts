import { SCHEMA_VERSION } from '../model/flow';
import type {
  Extensions,
  Flow,
  MessageFlow,
  Participant,
  Point,
  SampleMessage,
  SequenceFlow,
  Size,
  Step,
  TestCase,
} from '../model/flow';
import { isSecretEntry } from './secrets';

type Json = unknown;

/** Object with its keys sorted alphabetically, recursively; secret values dropped (isSecretEntry). */
export function sortedConfig(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortedConfig);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, Json> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, Json>)[key];
    if (isSecretEntry(key, v)) continue;
    if (v !== undefined) out[key] = sortedConfig(v);
  }
  return out;
}

/** String map (headers, properties, samples) with sorted keys; values are the user's data. */
function sortedMap<T>(map: Record<string, T>, each: (v: T) => Json): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const key of Object.keys(map).sort()) out[key] = each(map[key] as T);
  return out;
}

/** Drops undefined members, keeping the literal's key order. */
function compact<T extends Record<string, Json>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** An extensions bag with sorted keys (undefined when absent or empty). */
const ext = (e: Extensions | undefined) =>
  e && Object.keys(e).length ? (sortedConfig(e) as Record<string, Json>) : undefined;

const point = (p: Point) => ({ x: p.x, y: p.y });
const size = (s: Size) => ({ width: s.width, height: s.height });
const sample = (s: SampleMessage) => ({
  body: s.body,
  headers: sortedMap(s.headers, (v) => v),
  properties: sortedMap(s.properties, (v) => v),
});
const participant = (p: Participant) =>
  compact({
    id: p.id,
    kind: p.kind,
    name: p.name,
    position: point(p.position),
    extensions: ext(p.extensions),
  });
const step = (s: Step) =>
  compact({
    id: s.id,
    type: s.type,
    name: s.name,
    parentId: s.parentId,
    position: point(s.position),
    size: s.size && size(s.size),
    config: sortedConfig(s.config),
    extensions: ext(s.extensions),
  });
const sequenceFlow = (l: SequenceFlow) =>
  compact({
    id: l.id,
    source: l.source,
    target: l.target,
    name: l.name,
    config: l.config && sortedConfig(l.config),
    extensions: ext(l.extensions),
  });
const messageFlow = (l: MessageFlow) =>
  compact({
    id: l.id,
    source: l.source,
    target: l.target,
    adapter: compact({
      type: l.adapter.type,
      config: sortedConfig(l.adapter.config),
      extensions: ext(l.adapter.extensions),
    }),
    extensions: ext(l.extensions),
  });
const testCase = (t: TestCase) =>
  compact({
    id: t.id,
    name: t.name,
    startStepId: t.startStepId,
    endStepId: t.endStepId,
    input: sample(t.input),
    // Expectations keep their order; their keys are few and fixed.
    expectations: t.expectations.map((e) => sortedConfig(e)),
  });

/**
 * The flow as a plain object in the file's fixed key order (model keys in a fixed order,
 * config maps alphabetical), without secrets. Array order is the user's and is kept.
 */
export function canonicalFlow(flow: Flow): Record<string, Json> {
  const s = flow.settings;
  return compact({
    schemaVersion: SCHEMA_VERSION,
    id: flow.id,
    name: flow.name,
    description: flow.description,
    participants: flow.participants.map(participant),
    process: {
      id: flow.process.id,
      name: flow.process.name,
      position: point(flow.process.position),
      size: size(flow.process.size),
      steps: flow.process.steps.map(step),
      sequenceFlows: flow.process.sequenceFlows.map(sequenceFlow),
      ...(ext(flow.process.extensions) ? { extensions: ext(flow.process.extensions) } : {}),
    },
    messageFlows: flow.messageFlows.map(messageFlow),
    resources: compact({
      scripts: flow.resources.scripts.map((r) =>
        compact({
          name: r.name,
          language: r.language,
          path: r.path,
          collection: r.collection,
          content: r.content,
        }),
      ),
      files: flow.resources.files?.length
        ? flow.resources.files.map((f) => ({ path: f.path, content: f.content }))
        : undefined,
    }),
    parameters:
      flow.parameters && Object.keys(flow.parameters).length
        ? sortedMap(flow.parameters, (p) =>
            compact({ value: p.value, type: p.type, required: p.required }),
          )
        : undefined,
    samples: sortedMap(flow.samples, sample),
    testCases: flow.testCases.map(testCase),
    settings: {
      allowedHeaders: s.allowedHeaders,
      logLevel: s.logLevel,
      returnExceptionToSender: s.returnExceptionToSender,
      limits: {
        scriptTimeMs: s.limits.scriptTimeMs,
        scriptMemoryMb: s.limits.scriptMemoryMb,
        stepBudget: s.limits.stepBudget,
        maxMessageBytes: s.limits.maxMessageBytes,
      },
    },
    extensions: ext(flow.extensions),
  });
}
