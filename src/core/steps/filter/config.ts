import * as z from 'zod/mini';

/** CPI's Value Type choices, in the order its property sheet lists them. */
export const FILTER_VALUE_TYPES = ['Boolean', 'Integer', 'Node', 'Nodelist', 'String'] as const;

export const filterConfigSchema = z.strictObject({
  /** XPath 1.0 over the XML body; prefixes come from the flow's Namespace Mapping. */
  xpathExpression: z.string().check(z.maxLength(10_000)),
  valueType: z.enum(FILTER_VALUE_TYPES),
});

export type FilterConfig = z.infer<typeof filterConfigSchema>;
