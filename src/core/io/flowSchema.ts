import * as z from 'zod/mini';
import { SCHEMA_VERSION } from '../model/flow';
import { LIMITS } from './limits';

/**
 * The flow file format (schemaVersion 2) as a zod schema. Objects are strict: an unknown key is
 * an error, not silently dropped. Step and adapter configs are open maps here; import checks
 * them against each type's configSchema from the registry.
 */
const id = z.string().check(z.minLength(1), z.maxLength(LIMITS.id));
const name = z.string().check(z.maxLength(LIMITS.name));
const coordinate = z.number().check(z.minimum(-LIMITS.coordinate), z.maximum(LIMITS.coordinate));
const extent = z.number().check(z.minimum(0), z.maximum(LIMITS.coordinate));
const configMap = z
  .record(z.string().check(z.maxLength(LIMITS.name)), z.unknown())
  .register(z.globalRegistry, {
    description: 'Type-specific settings; shape given by the step or adapter type',
  });
const extensions = z.optional(
  z.record(z.string().check(z.maxLength(LIMITS.name)), z.unknown()).register(z.globalRegistry, {
    description: 'What the studio does not model (e.g. unknown CPI properties), kept for export',
  }),
);
const stringMap = z.record(
  z.string().check(z.maxLength(LIMITS.name)),
  z.string().check(z.maxLength(LIMITS.headerValue)),
);
/** A string of 1 to `max` characters. */
const nonEmpty = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

export const pointSchema = z.strictObject({ x: coordinate, y: coordinate });
export const sizeSchema = z.strictObject({ width: extent, height: extent });

export const participantSchema = z.strictObject({
  id,
  kind: z.enum(['sender', 'receiver']),
  name,
  position: pointSchema,
  extensions,
});

export const stepSchema = z.strictObject({
  id,
  type: nonEmpty(LIMITS.name),
  name,
  position: pointSchema,
  parentId: z.optional(id),
  size: z.optional(sizeSchema),
  config: configMap,
  extensions,
});

export const sequenceFlowSchema = z.strictObject({
  id,
  source: id,
  target: id,
  name: z.optional(name),
  config: z.optional(configMap),
  extensions,
});

export const adapterSchema = z.strictObject({
  type: nonEmpty(LIMITS.name),
  config: configMap,
  extensions,
});

export const messageFlowSchema = z.strictObject({
  id,
  source: id,
  target: id,
  adapter: adapterSchema,
  extensions,
});

export const scriptResourceSchema = z.strictObject({
  name: nonEmpty(LIMITS.name),
  language: z.enum(['javascript', 'groovy']),
  content: z.string().check(z.maxLength(LIMITS.scriptChars)),
  path: z.optional(nonEmpty(LIMITS.name)),
  collection: z.optional(nonEmpty(LIMITS.name)),
});

export const fileResourceSchema = z.strictObject({
  path: nonEmpty(LIMITS.name),
  content: z.string().check(z.maxLength(LIMITS.fileChars)),
});

export const parameterSchema = z.strictObject({
  value: z.string().check(z.maxLength(LIMITS.headerValue)),
  type: z.optional(z.string().check(z.maxLength(LIMITS.name))),
  required: z.optional(z.boolean()),
});

export const sampleMessageSchema = z.strictObject({
  body: z.string().check(z.maxLength(LIMITS.bodyChars)),
  headers: stringMap,
  properties: stringMap,
});

const value = z.string().check(z.maxLength(LIMITS.bodyChars));
export const expectationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('bodyEquals'), value }),
  z.strictObject({ kind: z.literal('bodyContains'), value }),
  z.strictObject({ kind: z.literal('headerEquals'), name, value }),
  z.strictObject({ kind: z.literal('propertyEquals'), name, value }),
  z.strictObject({ kind: z.literal('endsOk') }),
  z.strictObject({ kind: z.literal('endsWithError'), contains: z.optional(value) }),
]);

/** A list of at most `max` items. */
const list = <T extends z.core.SomeType>(item: T, max: number) =>
  z.array(item).check(z.maxLength(max));

export const testCaseSchema = z.strictObject({
  id,
  name,
  input: sampleMessageSchema,
  expectations: list(expectationSchema, LIMITS.mapKeys),
  startStepId: z.optional(id),
  endStepId: z.optional(id),
});

/** A whole number from `min` to `max`. */
const wholeNumber = (min: number, max: number) =>
  z.number().check(z.int(), z.minimum(min), z.maximum(max));

export const flowSettingsSchema = z.strictObject({
  allowedHeaders: z.string().check(z.maxLength(LIMITS.description)),
  logLevel: z.enum(['None', 'Info', 'Debug', 'Trace']),
  returnExceptionToSender: z.boolean(),
  namespaceMapping: z.optional(z.string().check(z.maxLength(10_000))),
  limits: z.strictObject({
    scriptTimeMs: wholeNumber(1, 600_000),
    scriptMemoryMb: wholeNumber(1, 4096),
    stepBudget: wholeNumber(1, 1_000_000),
    maxMessageBytes: wholeNumber(1, 1024 * 1024 * 1024),
  }),
});

export const processSchema = z.strictObject({
  id,
  name,
  position: pointSchema,
  size: sizeSchema,
  steps: list(stepSchema, LIMITS.elements),
  sequenceFlows: list(sequenceFlowSchema, LIMITS.elements),
  extensions,
});

export const flowSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id,
    name: name.check(z.minLength(1)),
    description: z.string().check(z.maxLength(LIMITS.description)),
    participants: list(participantSchema, LIMITS.elements),
    process: processSchema,
    messageFlows: list(messageFlowSchema, LIMITS.elements),
    resources: z.strictObject({
      scripts: list(scriptResourceSchema, LIMITS.mapKeys),
      files: z.optional(list(fileResourceSchema, LIMITS.mapKeys)),
    }),
    parameters: z.optional(
      z.record(z.string().check(z.minLength(1), z.maxLength(LIMITS.name)), parameterSchema),
    ),
    samples: z.record(id, sampleMessageSchema),
    testCases: list(testCaseSchema, LIMITS.mapKeys),
    settings: flowSettingsSchema,
    extensions,
  })
  .register(z.globalRegistry, {
    title: 'Integration Flow Studio flow',
    description: 'An integration flow file (<name>.flow.json), schemaVersion 2',
  });

export type FlowFile = z.infer<typeof flowSchema>;
