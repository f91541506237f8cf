import * as z from 'zod/mini';

/** A route's settings, stored on the outgoing sequence flow's `config`. */
export const routeConfigSchema = z.strictObject({
  expressionType: z.enum(['NonXML', 'XML']),
  condition: z.string().check(z.maxLength(10_000)),
  isDefault: z.boolean(),
});

export type RouteConfig = z.infer<typeof routeConfigSchema>;

export const defaultRouteConfig = (): RouteConfig => ({
  expressionType: 'NonXML',
  condition: '',
  isDefault: false,
});

/**
 * Router config. Route order: the ids in `routeOrder` first, then any other outgoing sequence
 * flow in the order the links are stored in the flow (creation order). An empty list therefore
 * means "link order".
 */
export const routerConfigSchema = z.strictObject({
  /** What happens when no condition holds: take the default route, or raise an error. */
  noMatch: z.enum(['default', 'error']),
  routeOrder: z.array(z.string().check(z.maxLength(200))),
  /** "prefix=uri" per line: prefixes XML (XPath) conditions may use, like CPI's namespace mapping. */
  namespaceMapping: z.string().check(z.maxLength(10_000)),
});

export type RouterConfig = z.infer<typeof routerConfigSchema>;

/** Reads a link's route config leniently (links created before configuration have none). */
export function routeOf(config: Record<string, unknown> | undefined): RouteConfig {
  const c = config ?? {};
  return {
    expressionType: c.expressionType === 'XML' ? 'XML' : 'NonXML',
    condition: typeof c.condition === 'string' ? c.condition : '',
    isDefault: c.isDefault === true,
  };
}
