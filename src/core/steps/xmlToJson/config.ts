import * as z from 'zod/mini';

export const xmlToJsonConfigSchema = z.strictObject({
  /**
   * auto: repeated elements become arrays (CPI's default); all: every element below the root
   * is an array; specific: the elements listed in arrayElements are always arrays.
   */
  arrayMode: z.enum(['auto', 'all', 'specific']),
  /** One per line: an absolute path "/order/item" or an element name "item" (anywhere). */
  arrayElements: z.string().check(z.maxLength(10_000)),
  suppressRootElement: z.boolean(),
});

export type XmlToJsonConfig = z.infer<typeof xmlToJsonConfigSchema>;
