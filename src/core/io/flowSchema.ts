import { z } from 'zod';
import { SCHEMA_VERSION } from '../model/flow';
import { LIMITS } from './limits';

/**
 * The flow file format (schemaVersion 2) as a zod schema. Objects are strict: an unknown key is
 * an error, not silently dropped. Step and adapter configs are open maps here; import checks
 * them against each type's configSchema from the registry.
 */
const id = z.string().min(1).max(LIMITS.id);
const name = z.string().max(LIMITS.name);
const coordinate = z.number().min(-LIMITS.coordinate).max(LIMITS.coordinate);
const extent = z.number().min(0).max(LIMITS.coordinate);
const configMap = z
  .record(z.string().max(LIMITS.name), z.unknown())
  .meta({ description: 'Type-specific settings; shape given by the step or adapter type' });
const extensions = z
  .record(z.string().max(LIMITS.name), z.unknown())
  .meta({
    description: 'What the studio does not model (e.g. unknown CPI properties), kept for export',
  })
  .optional();
const stringMap = z.record(z.string().max(LIMITS.name), z.string().max(LIMITS.headerValue));

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
  type: z.string().min(1).max(LIMITS.name),
  name,
  position: pointSchema,
  parentId: id.optional(),
  size: sizeSchema.optional(),
  config: configMap,
  extensions,
});

export const sequenceFlowSchema = z.strictObject({
  id,
  source: id,
  target: id,
  name: name.optional(),
  config: configMap.optional(),
  extensions,
});

export const adapterSchema = z.strictObject({
  type: z.string().min(1).max(LIMITS.name),
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
  name: z.string().min(1).max(LIMITS.name),
  language: z.enum(['javascript', 'groovy']),
  content: z.string().max(LIMITS.scriptChars),
  path: z.string().min(1).max(LIMITS.name).optional(),
  collection: z.string().min(1).max(LIMITS.name).optional(),
});

export const fileResourceSchema = z.strictObject({
  path: z.string().min(1).max(LIMITS.name),
  content: z.string().max(LIMITS.fileChars),
});

export const parameterSchema = z.strictObject({
  value: z.string().max(LIMITS.headerValue),
  type: z.string().max(LIMITS.name).optional(),
  required: z.boolean().optional(),
});

export const sampleMessageSchema = z.strictObject({
  body: z.string().max(LIMITS.bodyChars),
  headers: stringMap,
  properties: stringMap,
});

const value = z.string().max(LIMITS.bodyChars);
export const expectationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('bodyEquals'), value }),
  z.strictObject({ kind: z.literal('bodyContains'), value }),
  z.strictObject({ kind: z.literal('headerEquals'), name, value }),
  z.strictObject({ kind: z.literal('propertyEquals'), name, value }),
  z.strictObject({ kind: z.literal('endsOk') }),
  z.strictObject({ kind: z.literal('endsWithError'), contains: value.optional() }),
]);

export const testCaseSchema = z.strictObject({
  id,
  name,
  input: sampleMessageSchema,
  expectations: z.array(expectationSchema).max(LIMITS.mapKeys),
  startStepId: id.optional(),
  endStepId: id.optional(),
});

export const flowSettingsSchema = z.strictObject({
  allowedHeaders: z.string().max(LIMITS.description),
  logLevel: z.enum(['None', 'Info', 'Debug', 'Trace']),
  returnExceptionToSender: z.boolean(),
  namespaceMapping: z.string().max(10_000).optional(),
  limits: z.strictObject({
    scriptTimeMs: z.number().int().min(1).max(600_000),
    scriptMemoryMb: z.number().int().min(1).max(4096),
    stepBudget: z.number().int().min(1).max(1_000_000),
    maxMessageBytes: z
      .number()
      .int()
      .min(1)
      .max(1024 * 1024 * 1024),
  }),
});

export const processSchema = z.strictObject({
  id,
  name,
  position: pointSchema,
  size: sizeSchema,
  steps: z.array(stepSchema).max(LIMITS.elements),
  sequenceFlows: z.array(sequenceFlowSchema).max(LIMITS.elements),
  extensions,
});

export const flowSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id,
    name: name.min(1),
    description: z.string().max(LIMITS.description),
    participants: z.array(participantSchema).max(LIMITS.elements),
    process: processSchema,
    messageFlows: z.array(messageFlowSchema).max(LIMITS.elements),
    resources: z.strictObject({
      scripts: z.array(scriptResourceSchema).max(LIMITS.mapKeys),
      files: z.array(fileResourceSchema).max(LIMITS.mapKeys).optional(),
    }),
    parameters: z.record(z.string().min(1).max(LIMITS.name), parameterSchema).optional(),
    samples: z.record(id, sampleMessageSchema),
    testCases: z.array(testCaseSchema).max(LIMITS.mapKeys),
    settings: flowSettingsSchema,
    extensions,
  })
  .meta({
    title: 'Integration Flow Studio flow',
    description: 'An integration flow file (<name>.flow.json), schemaVersion 2',
  });

export type FlowFile = z.infer<typeof flowSchema>;
