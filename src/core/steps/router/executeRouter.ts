import type { StepExecutor } from '../../engine/types';
import {
  bodyText,
  evaluateCondition,
  evaluateXPathCondition,
  parseCondition,
  XPathError,
} from '../../expression';
import { routeOf } from './config';
import { parseNamespaceMapping } from '../../expression';
import { orderedOutgoing } from '../../model/routeOrder';

/** Takes the first route, in order, whose condition holds; else the default (or an error). */
export const executeRouter: StepExecutor = async (ctx, message) => {
  const env = { now: ctx.now, camelId: ctx.camelId, exchangeId: ctx.exchangeId };
  const routes = orderedOutgoing(ctx.flow, ctx.step);
  let fallback: string | undefined;
  // The flow's Namespace Mapping, and the Router's own lines over it.
  const mapping = ctx.step.config.namespaceMapping;
  const namespaces = {
    ...parseNamespaceMapping(ctx.flow.settings.namespaceMapping ?? '').map,
    ...parseNamespaceMapping(typeof mapping === 'string' ? mapping : '').map,
  };
  try {
    for (const link of routes) {
      const route = routeOf(link.config);
      if (route.isDefault) {
        fallback ??= link.id;
        continue;
      }
      let holds: boolean;
      if (route.expressionType === 'XML') {
        holds = await evaluateXPathCondition(
          bodyText(message.body),
          route.condition,
          namespaces,
        ).catch((e: unknown) => {
          // Validation only checks XPath syntax roughly; the full compile happens here.
          if (e instanceof XPathError)
            throw new XPathError(`Route "${link.name || link.id}": ${e.message}`);
          throw e;
        });
      } else {
        const parsed = parseCondition(route.condition);
        if (!parsed.ok)
          throw Object.assign(new Error(`Route "${link.name || link.id}": ${parsed.error}`), {
            name: 'ExpressionError',
          });
        holds = evaluateCondition(parsed.condition, message, env);
      }
      if (holds) {
        return {
          message,
          route: link.id,
          logs: [
            { level: 'info', text: `Route "${link.name || link.id}" matched: ${route.condition}` },
          ],
        };
      }
    }
  } catch (e) {
    const err = e as Error;
    return { message, error: { type: err.name || 'Error', message: err.message } };
  }
  if (ctx.step.config.noMatch !== 'error' && fallback) {
    return {
      message,
      route: fallback,
      logs: [{ level: 'info', text: 'No condition matched; default route taken' }],
    };
  }
  return {
    message,
    error: {
      type: 'NoRouteMatched',
      message: `No route of "${ctx.step.name}" matched the message`,
    },
  };
};
