import * as z from 'zod/mini';

export const jsonToXmlConfigSchema = z.strictObject({
  /** Wrap the JSON in a root element (needed when the JSON has several top-level members). */
  addRootElement: z.boolean(),
  rootElementName: z.string().check(z.maxLength(200)),
  /** Optional namespace of the added root element. */
  rootNamespace: z.string().check(z.maxLength(1000)),
  useNamespaceMapping: z.boolean(),
  /** One "prefix=uri" per line; declared on the root element. */
  namespaceMapping: z.string().check(z.maxLength(10_000)),
  /** Separator between prefix and name in JSON member names, e.g. ":" in "ns:order". */
  jsonPrefixSeparator: z.string().check(z.maxLength(1)),
});

export type JsonToXmlConfig = z.infer<typeof jsonToXmlConfigSchema>;
