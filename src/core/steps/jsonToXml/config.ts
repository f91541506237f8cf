import { z } from 'zod';

export const jsonToXmlConfigSchema = z
  .object({
    /** Wrap the JSON in a root element (needed when the JSON has several top-level members). */
    addRootElement: z.boolean(),
    rootElementName: z.string().max(200),
    /** Optional namespace of the added root element. */
    rootNamespace: z.string().max(1000),
    useNamespaceMapping: z.boolean(),
    /** One "prefix=uri" per line; declared on the root element. */
    namespaceMapping: z.string().max(10_000),
    /** Separator between prefix and name in JSON member names, e.g. ":" in "ns:order". */
    jsonPrefixSeparator: z.string().max(1),
  })
  .strict();

export type JsonToXmlConfig = z.infer<typeof jsonToXmlConfigSchema>;
