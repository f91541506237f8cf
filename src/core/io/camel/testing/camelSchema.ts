import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { expect } from 'vitest';

// Camel's own JSON schema for the YAML DSL (camel-main 4.18.4, vendored from @kaoto/camel-catalog).
const schema = JSON.parse(
  readFileSync(new URL('../schema/camelYamlDsl-4.18.4.json', import.meta.url), 'utf8'),
) as object;
// "binary" (byte[] options of data formats) is a format ajv does not know; any string passes.
const ajv = new Ajv({ strict: false, allErrors: false, formats: { binary: true } });
export const validateCamel = ajv.compile(schema);

/** Parses YAML DSL text and fails the test when Camel's schema refuses it. */
export function expectValidCamel(yamlText: string): unknown {
  const doc: unknown = parse(yamlText);
  const ok = validateCamel(doc);
  expect(ok, JSON.stringify(validateCamel.errors?.slice(0, 3))).toBe(true);
  return doc;
}
