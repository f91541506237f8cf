import * as z from 'zod/mini';

export const xsltMappingConfigSchema = z.strictObject({
  /**
   * Where the stylesheet comes from, as CPI's "Source": "iflow" (a resource of the flow, under
   * src/main/resources/mapping/) or "header" (a header names the resource, or holds the
   * stylesheet itself).
   */
  source: z.enum(['iflow', 'header']),
  /** The flow resource's file name under mapping/, e.g. "RemoveNamespaces.xsl". */
  mappingFile: z.string().check(z.maxLength(300)),
  /** The header naming the stylesheet (source "header"). */
  headerName: z.string().check(z.maxLength(300)),
  /** CPI's "Output Format": the result body as a String or as Bytes (same text here). */
  outputFormat: z.enum(['String', 'Bytes']),
});

export type XsltMappingConfig = z.infer<typeof xsltMappingConfigSchema>;
