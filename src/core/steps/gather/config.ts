import { z } from 'zod';

/** CPI's Gather: how the messages of a Splitter or a Multicast's branches are combined. */
export const gatherConfigSchema = z
  .object({
    /** Incoming Format: Plain Text, XML (Same Format), XML (Different Format). */
    messageType: z.enum(['PlainText', 'SameXMLFormat', 'DiffXMLFormat']),
    /** Aggregation Algorithm. */
    algorithm: z.enum(['concatenate', 'combine', 'combineAtXPath']),
    /** Combine from source (XPath): the nodes taken from each message. */
    sourceXPath: z.string().max(10_000),
    /** Combine at target (XPath): where they go in the result. */
    targetXPath: z.string().max(10_000),
  })
  .strict();

export type GatherConfig = z.infer<typeof gatherConfigSchema>;

/** The multi-mapping envelope CPI's Combine writes. */
export const MULTIMAP_NS = 'http://sap.com/xi/XI/SplitAndMerge';
