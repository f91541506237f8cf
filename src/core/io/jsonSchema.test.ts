import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newFlow } from '../model/factory';
import { flowSchema } from './flowSchema';
import { helloWorldFlow } from './fixtures/helloWorld';
import { FLOW_JSON_SCHEMA_PATH, flowJsonSchemaText } from './jsonSchema';

describe('flow schema', () => {
  it('accepts new and walkthrough flows', () => {
    expect(flowSchema.safeParse(newFlow({ id: 'X', name: 'X' })).success).toBe(true);
    expect(flowSchema.safeParse(helloWorldFlow()).success).toBe(true);
  });

  it('is strict at every level', () => {
    const flow = { ...helloWorldFlow(), extra: true };
    expect(flowSchema.safeParse(flow).success).toBe(false);
  });

  it('published JSON Schema is up to date (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(resolve(process.cwd(), FLOW_JSON_SCHEMA_PATH), 'utf8');
    expect(committed).toBe(flowJsonSchemaText());
  });

  it('JSON Schema describes the file and leaves configs open', () => {
    const schema = JSON.parse(flowJsonSchemaText());
    expect(schema.properties.schemaVersion.const).toBe(2);
    expect(schema.additionalProperties).toBe(false);
    const step = schema.properties.process.properties.steps.items;
    expect(step.properties.config.type).toBe('object');
    expect(step.properties.config.additionalProperties).toEqual({});
  });
});
