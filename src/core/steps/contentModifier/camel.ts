import { toCamelSimple, type CamelNode, type CamelStepCodec } from '../../registry/camelCodec';
import type { ContentModifierConfig, ModifierRow } from './config';

/** A Content Modifier row's value as a Camel expression. */
function expression(row: ModifierRow): CamelNode {
  switch (row.sourceType) {
    case 'Constant':
      return { constant: { expression: row.sourceValue } };
    case 'Header':
      return { header: { expression: row.sourceValue } };
    case 'Property':
      return { exchangeProperty: { expression: row.sourceValue } };
    case 'Expression':
      return { simple: { expression: toCamelSimple(row.sourceValue) } };
  }
}

function rows(list: ModifierRow[], set: string, remove: string, wildcard: string): CamelNode[] {
  return list.map((r) =>
    r.action !== 'Delete'
      ? { [set]: { name: r.name, ...expression(r) } }
      : r.name.includes('*')
        ? { [wildcard]: { pattern: r.name } }
        : { [remove]: { name: r.name } },
  );
}

/** Content Modifier → setHeader / setProperty / setBody (CPI's simple dialect made Camel's). */
export const contentModifierCamel: CamelStepCodec<ContentModifierConfig> = {
  write(config) {
    const out = [
      ...rows(config.headers, 'setHeader', 'removeHeader', 'removeHeaders'),
      ...rows(config.properties, 'setProperty', 'removeProperty', 'removeProperties'),
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
