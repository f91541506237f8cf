import type { CamelNode, CamelStepCodec } from '../../registry/camelCodec';
import { toCamelSimple } from '../../registry/camelCodec';
import type { WriteVariablesConfig } from './config';

/**
 * Write Variables → Camel's own variables (Camel 4.4+): `setVariable` per row, a global one
 * named `global:<name>` (Camel's global variable repository), the value as its source says.
 */
export const writeVariablesCamel: CamelStepCodec<WriteVariablesConfig> = {
  write: (c, _step, ctx) =>
    c.variables.map((v): CamelNode => {
      const value = ctx.resolve(v.sourceValue);
      const expression =
        v.sourceType === 'constant'
          ? { constant: value }
          : v.sourceType === 'header'
            ? { header: value }
            : v.sourceType === 'property'
              ? { exchangeProperty: value }
              : v.sourceType === 'xpath'
                ? { xpath: { expression: value, resultType: 'java.lang.String' } }
                : { simple: toCamelSimple(value) };
      return {
        setVariable: { name: `${v.global ? 'global:' : ''}${ctx.resolve(v.name)}`, ...expression },
      };
    }),
};
