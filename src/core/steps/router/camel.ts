import {
  toCamelSimple,
  xpathNamespaces,
  type CamelNode,
  type CamelStepCodec,
} from '../../registry/camelCodec';
import type { RouteConfig, RouterConfig } from './config';
import { orderedOutgoing } from '../../model/routeOrder';

/** CPI's non-XML condition operators in Camel simple: `=` is `==`, `and`/`or` are `&&`/`||`. */
export function conditionToSimple(condition: string): string {
  return toCamelSimple(condition)
    .replace(/(^|[^=!<>])=(?!=)/g, '$1==')
    .replace(/\s+and\s+/gi, ' && ')
    .replace(/\s+or\s+/gi, ' || ');
}

/** Router → choice / when (simple or xpath) / otherwise; each branch runs to its own end. */
export const routerCamel: CamelStepCodec<RouterConfig> = {
  endsPath: true,
  write(config, step, ctx) {
    const when: CamelNode[] = [];
    let otherwise: CamelNode | undefined;
    for (const link of orderedOutgoing(ctx.flow, step)) {
      const route = (link.config ?? {}) as Partial<RouteConfig>;
      const steps = ctx.follow(link.target);
      if (route.isDefault) {
        otherwise = { steps };
        continue;
      }
      const condition = route.condition ?? '';
      when.push(
        route.expressionType === 'XML'
          ? {
              xpath: {
                expression: condition,
                ...xpathNamespaces(ctx.flow, config.namespaceMapping),
              },
              steps,
            }
          : { simple: { expression: conditionToSimple(condition) }, steps },
      );
    }
    if (!otherwise && config.noMatch === 'error')
      otherwise = {
        steps: [
          {
            throwException: {
              exceptionType: 'java.lang.IllegalStateException',
              message: `${step.name}: no route condition matched`,
            },
          },
        ],
      };
    return [{ choice: { when, ...(otherwise ? { otherwise } : {}) } }];
  },
};
