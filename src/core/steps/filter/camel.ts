import { xpathNamespaces, type CamelStepCodec } from '../../registry/camelCodec';
import type { FilterConfig } from './config';

const RESULT = {
  Boolean: 'BOOLEAN',
  Integer: 'NUMBER',
  Node: 'NODE',
  Nodelist: 'NODESET',
  String: 'STRING',
} as const;

/**
 * Filter → `setBody` with an `xpath` of the matching result type and the flow's namespaces; node
 * results are converted to their XML text (as CPI's body holds them), an Integer to a whole number.
 */
export const filterCamel: CamelStepCodec<FilterConfig> = {
  write: (c, _step, ctx) => [
    {
      setBody: {
        xpath: {
          expression: c.xpathExpression,
          resultQName: RESULT[c.valueType],
          ...(c.valueType === 'Integer' ? { resultType: 'java.lang.Integer' } : {}),
          ...xpathNamespaces(ctx.flow),
        },
      },
    },
    ...(c.valueType === 'Node' || c.valueType === 'Nodelist'
      ? [{ convertBodyTo: { type: 'java.lang.String' } }]
      : []),
  ],
};
