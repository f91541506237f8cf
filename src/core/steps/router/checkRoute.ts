import { checkXPath, parseCondition } from '../../expression';
import type { RouteConfig } from './config';

/**
 * Syntax error of a route's condition, or null. Synchronous and library-free: XML conditions get
 * a quick XPath syntax check here; the full XPath compile runs when the Router executes.
 */
export function checkRoute(route: RouteConfig): string | null {
  if (route.expressionType === 'XML') return checkXPath(route.condition);
  const parsed = parseCondition(route.condition);
  return parsed.ok ? null : parsed.error;
}
