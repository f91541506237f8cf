// Writes public/schema/flow.v2.json from the zod flow schema (npm run schema).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLOW_JSON_SCHEMA_PATH, flowJsonSchemaText } from '../src/core/io/jsonSchema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, FLOW_JSON_SCHEMA_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, flowJsonSchemaText());
console.log(`wrote ${FLOW_JSON_SCHEMA_PATH}`);
