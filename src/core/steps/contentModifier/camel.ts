import {
  toCamelSimple,
  xpathNamespaces,
  type CamelNode,
  type CamelStepCodec,
  type CamelWriteContext,
} from '../../registry/camelCodec';
import type { ContentModifierConfig, ModifierRow } from './config';

/** A Content Modifier row's value as a Camel expression. */
function expression(row: ModifierRow, ctx: CamelWriteContext): CamelNode {
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
          ...xpathNamespaces(ctx.flow),
        },
      };
    // Camel's own variables (4.4+), named as Write Variables exports them (global:<name>).
    case 'LocalVariable':
      return { variable: { expression: ctx.resolve(row.sourceValue) } };
    case 'GlobalVariable':
      return { variable: { expression: `global:${ctx.resolve(row.sourceValue)}` } };
  }
}

function rows(
  ctx: CamelWriteContext,
  list: ModifierRow[],
  set: string,
  remove: string,
  wildcard: string,
): CamelNode[] {
  return list.map((r) =>
    r.action !== 'Delete'
      ? { [set]: { name: r.name, ...expression(r, ctx) } }
      : r.name.includes('*')
        ? { [wildcard]: { pattern: r.name } }
        : { [remove]: { name: r.name } },
  );
}

/** Content Modifier → setHeader / setProperty / setBody (CPI's simple dialect made Camel's). */
export const contentModifierCamel: CamelStepCodec<ContentModifierConfig> = {
  write(config, _step, ctx) {
    const out = [
      ...rows(ctx, config.headers, 'setHeader', 'removeHeader', 'removeHeaders'),
      ...rows(ctx, config.properties, 'setProperty', 'removeProperty', 'removeProperties'),
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
