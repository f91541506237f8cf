import * as z from 'zod/mini';

export const DATA_TYPES = [
  'java.lang.String',
  'java.lang.Integer',
  'java.lang.Long',
  'java.lang.Double',
  'java.lang.Float',
  'java.math.BigDecimal',
  'java.lang.Boolean',
] as const;

export const modifierRowSchema = z.strictObject({
  action: z.enum(['Create', 'Delete']),
  /** Header/property name; for Delete it may hold `*` wildcards. */
  name: z.string().check(z.maxLength(200)),
  /** LocalVariable / GlobalVariable: `sourceValue` names a variable Write Variables keeps. */
  sourceType: z.enum([
    'Constant',
    'Header',
    'Property',
    'Expression',
    'XPath',
    'LocalVariable',
    'GlobalVariable',
  ]),
  sourceValue: z.string().check(z.maxLength(100_000)),
  /** Java class name; empty means keep the value as it is. */
  dataType: z.string().check(z.maxLength(200)),
  /** Used when the source yields nothing. */
  default: z.string().check(z.maxLength(100_000)),
});

export type ModifierRow = z.infer<typeof modifierRowSchema>;

/**
 * Content Modifier config. The body is flat (`bodyType`, `bodyValue`) so each form field maps
 * to one config key; an empty body value leaves the body unchanged, as in CPI.
 */
export const contentModifierConfigSchema = z.strictObject({
  headers: z.array(modifierRowSchema),
  properties: z.array(modifierRowSchema),
  bodyType: z.enum(['Constant', 'Expression']),
  bodyValue: z.string().check(z.maxLength(10_000_000)),
});

export type ContentModifierConfig = z.infer<typeof contentModifierConfigSchema>;

/** Whether a row reads the body with XPath (the XPath engine loads for such a step only). */
export const readsXPath = (row: ModifierRow) =>
  row.action !== 'Delete' && row.sourceType === 'XPath';

/** Whether a row reads a local or global variable (the tenant's or the simulator's store). */
export const readsVariable = (row: ModifierRow) =>
  row.action !== 'Delete' &&
  (row.sourceType === 'LocalVariable' || row.sourceType === 'GlobalVariable');

export const newModifierRow = (): ModifierRow => ({
  action: 'Create',
  name: '',
  sourceType: 'Constant',
  sourceValue: '',
  dataType: 'java.lang.String',
  default: '',
});
