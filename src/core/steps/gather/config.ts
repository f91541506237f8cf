import * as z from 'zod/mini';

/** CPI's Gather: how the messages of a Splitter or a Multicast's branches are combined. */
export const gatherConfigSchema = z.strictObject({
  /** Incoming Format: Plain Text, XML (Same Format), XML (Different Format). */
  messageType: z.enum(['PlainText', 'SameXMLFormat', 'DiffXMLFormat']),
  /** Aggregation Algorithm. */
  algorithm: z.enum(['concatenate', 'combine', 'combineAtXPath']),
  /** Combine from source (XPath): the nodes taken from each message. */
  sourceXPath: z.string().check(z.maxLength(10_000)),
  /** Combine at target (XPath): where they go in the result. */
  targetXPath: z.string().check(z.maxLength(10_000)),
});

export type GatherConfig = z.infer<typeof gatherConfigSchema>;

/** The multi-mapping envelope CPI's Combine writes. */
export const MULTIMAP_NS = 'http://sap.com/xi/XI/SplitAndMerge';
