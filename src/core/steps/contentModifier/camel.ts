import type { Flow } from '../../model/flow';
import {
  toCamelSimple,
  xpathNamespaces,
  type CamelNode,
  type CamelStepCodec,
} from '../../registry/camelCodec';
import type { ContentModifierConfig, ModifierRow } from './config';

/** A Content Modifier row's value as a Camel expression. */
function expression(row: ModifierRow, flow: Flow): CamelNode {
  switch (row.sourceType) {
    case 'Constant':
      return { constant: { expression: row.sourceValue } };
    case 'Header':
      return { header: { expression: row.sourceValue } };
    case 'Property':
      return { exchangeProperty: { expression: row.sourceValue } };
    case 'Expression':
      return { simple: { expression: toCamelSimple(row.sourceValue) } };
    case 'XPath':
      // The text of what it finds, as CPI's String type reads it.
      return {
        xpath: {
          expression: row.sourceValue,
          resultType: 'java.lang.String',
          ...xpathNamespaces(flow),
        },
      };
  }
}

function rows(
  flow: Flow,
  list: ModifierRow[],
  set: string,
  remove: string,
  wildcard: string,
): CamelNode[] {
  return list.map((r) =>
    r.action !== 'Delete'
      ? { [set]: { name: r.name, ...expression(r, flow) } }
      : r.name.includes('*')
        ? { [wildcard]: { pattern: r.name } }
        : { [remove]: { name: r.name } },
  );
}

/** Content Modifier → setHeader / setProperty / setBody (CPI's simple dialect made Camel's). */
export const contentModifierCamel: CamelStepCodec<ContentModifierConfig> = {
  write(config, _step, ctx) {
    const out = [
      ...rows(ctx.flow, config.headers, 'setHeader', 'removeHeader', 'removeHeaders'),
      ...rows(ctx.flow, config.properties, 'setProperty', 'removeProperty', 'removeProperties'),
    ];
    if (config.bodyValue !== '')
      out.push({
        setBody:
          config.bodyType === 'Constant'
            ? { constant: { expression: config.bodyValue } }
            : { simple: { expression: toCamelSimple(config.bodyValue) } },
      });
    return out;
  },
};
