import type { CamelStepCodec } from '../../registry/camelCodec';
import { MULTIMAP_NS, type GatherConfig } from './config';

const STRING_AGGREGATION = '#class:org.apache.camel.processor.aggregate.StringAggregationStrategy';

/**
 * Gather: written by the Splitter or Multicast whose messages it collects, as their
 * `aggregationStrategy` (Camel's StringAggregationStrategy concatenates the bodies) and, for
 * Combine, the multi-mapping envelope set around the result. On its own it writes nothing.
 */
export const gatherCamel: CamelStepCodec<GatherConfig> = {
  write: () => [],
  aggregate(config, step, ctx) {
    if (config.algorithm === 'combineAtXPath')
      ctx.refuse(step, 'Combine at XPath has no Camel aggregation strategy');
    if (config.algorithm === 'combine' && config.messageType === 'DiffXMLFormat')
      ctx.refuse(step, 'Combine of XML of different formats has no Camel aggregation strategy');
    return {
      strategy: STRING_AGGREGATION,
      after:
        config.algorithm === 'combine'
          ? [
              {
                setBody: {
                  simple: {
                    expression: `<?xml version="1.0" encoding="UTF-8"?><multimap:Messages xmlns:multimap="${MULTIMAP_NS}"><multimap:Message1>\${body}</multimap:Message1></multimap:Messages>`,
                  },
                },
              },
            ]
          : [],
    };
  },
};
