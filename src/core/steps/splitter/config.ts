import * as z from 'zod/mini';

/** CPI's General and Iterating Splitter settings (their property sheet, in its words). */
export const splitterConfigSchema = z.strictObject({
  /** Expression Type: XPath, Line Break, or (Iterating Splitter) Token. */
  exprType: z.enum(['XPath', 'Line Break', 'Token']),
  /** XPath Expression: the nodes that start each split message (may hold ${property.x}). */
  xpath: z.string().check(z.maxLength(10_000)),
  /** Token (Iterating Splitter): the text between split messages. */
  token: z.string().check(z.maxLength(1_000)),
  /** Grouping: how many nodes or lines go into one split message. */
  grouping: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000)),
  /** Streaming: no effect in the studio, which holds the whole body anyway. */
  streaming: z.boolean(),
  /** Parallel Processing: the split messages still run one after the other in the studio. */
  parallelProcessing: z.boolean(),
  /** Number of Concurrent Processes (with parallel processing). */
  threads: z.number().check(z.int(), z.minimum(1), z.maximum(50)),
  /** Stop On Exception (CPI's property is `StopOnExecution`). */
  stopOnException: z.boolean(),
  /** Timeout (in s) of parallel processing. */
  timeout: z.number().check(z.int(), z.minimum(1), z.maximum(86_400)),
});

export type SplitterConfig = z.infer<typeof splitterConfigSchema>;

export const defaultSplitterConfig = (): SplitterConfig => ({
  exprType: 'XPath',
  xpath: '',
  token: '',
  grouping: 1,
  streaming: true,
  parallelProcessing: false,
  threads: 10,
  stopOnException: true,
  timeout: 300,
});

/** General keeps each node's enclosing elements; Iterating sends the node alone. */
export type SplitKind = 'GeneralSplitter' | 'IteratingSplitter';
