import * as z from 'zod/mini';

/** One variable of a Write Variables step, as a row of CPI's table. */
export const variableRowSchema = z.strictObject({
  name: z.string().check(z.maxLength(200)),
  /** Where the value comes from (CPI's Type column). */
  sourceType: z.enum(['constant', 'header', 'property', 'xpath', 'expression']),
  sourceValue: z.string().check(z.maxLength(100_000)),
  /** Java class name; empty keeps the value as it is. */
  dataType: z.string().check(z.maxLength(200)),
  /** Global Scope: every flow of the tenant sees it; otherwise this flow only (local). */
  global: z.boolean(),
});

export type VariableRow = z.infer<typeof variableRowSchema>;

export const writeVariablesSchema = z.strictObject({ variables: z.array(variableRowSchema) });

export type WriteVariablesConfig = z.infer<typeof writeVariablesSchema>;

export const newVariableRow = (): VariableRow => ({
  name: '',
  sourceType: 'constant',
  sourceValue: '',
  dataType: 'java.lang.String',
  global: false,
});
