import { toJSONSchema } from 'zod/mini';
import { flowSchema } from './flowSchema';

/** Where the generated schema is published (served by the app and described in the README). */
export const FLOW_JSON_SCHEMA_PATH = 'public/schema/flow.v2.json';

/**
 * The JSON Schema of the flow file, generated from the zod schema. Step and adapter configs
 * stay open objects: their shape depends on the type registry, which import checks.
 */
export function flowJsonSchemaText(): string {
  const schema = toJSONSchema(flowSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
