import type { Flow, Step } from '../../model/flow';
import type { Problem } from '../../validation/problem';
import { checkXPath, parseNamespaceMapping } from '../../expression';
import { stepProblem } from '../../engine/stepProblem';
import { xpathPrefixes } from '../contentModifier/validateContentModifier';

/** The XPath is there, well-formed, and its prefixes are in the flow's Namespace Mapping. */
export function validateFilter(step: Step, flow: Flow): Problem[] {
  const expression =
    typeof step.config.xpathExpression === 'string' ? step.config.xpathExpression : '';
  const field = 'xpathExpression';
  if (!expression.trim()) return [stepProblem(step, 'enter an XPath Expression', field)];
  const syntax = checkXPath(expression);
  if (syntax) return [stepProblem(step, syntax, field)];
  const namespaces = parseNamespaceMapping(flow.settings.namespaceMapping ?? '').map;
  return xpathPrefixes(expression)
    .filter((prefix) => !(prefix in namespaces))
    .map((prefix) =>
      stepProblem(
        step,
        `the XPath uses the prefix "${prefix}", which the Integration Process's Namespace Mapping does not define`,
        field,
      ),
    );
}
