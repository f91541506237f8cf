import type { Step } from '../../model/flow';
import type { Problem } from '../../validation/problem';
import { checkXPath, parseExpression, parseNamespaceMapping } from '../../expression';
import type { Flow } from '../../model/flow';
import { stepProblem } from '../../engine/stepProblem';
import type { ContentModifierConfig, ModifierRow } from './config';
import { convertDataType } from './convertDataType';

/** The namespace prefixes an XPath expression uses (outside its string literals). */
export function xpathPrefixes(expression: string): string[] {
  const code = expression.replace(/"[^"]*"|'[^']*'/g, '""');
  const found = new Set<string>();
  for (const m of code.matchAll(/(?<![\w.-])([A-Za-z_][\w.-]*):(?![:=])(?=[A-Za-z_*])/g))
    found.add(m[1]!);
  return [...found];
}

/**
 * What is wrong with the name of a variable a row reads, if anything: letters, digits, "_", "."
 * and "-", as the variables of CPI's content are named (a {{parameter}} is filled in at run).
 */
function variableNameProblem(name: string, scope: string): string | undefined {
  if (name.includes('${'))
    return `a ${scope} variable is read by its name, not an expression ("${name}"); use an Expression row for that`;
  // {{…}} as model/parameters' PARAMETER_REF: importing that module would put it on the first screen.
  if (!/^[A-Za-z0-9_.-]*$/.test(name.replace(/\{\{[^{}]+?\}\}/g, '')))
    return `the variable name "${name}" may hold letters, digits, "_", "." and "-" only (no spaces)`;
  return undefined;
}

function checkRows(
  step: Step,
  rows: ModifierRow[],
  field: 'headers' | 'properties',
  namespaces: Record<string, string>,
): Problem[] {
  const what = field === 'headers' ? 'Header' : 'Property';
  const problems: Problem[] = [];
  rows.forEach((row, i) => {
    const at = `${what} row ${i + 1}`;
    if (!row.name.trim()) problems.push(stepProblem(step, `${at} has no name`, field));
    if (row.action === 'Delete') return;
    if (row.sourceType === 'Expression') {
      for (const e of parseExpression(row.sourceValue).errors)
        problems.push(stepProblem(step, `${at}: ${e}`, field));
    } else if (row.sourceType === 'XPath') {
      if (!row.sourceValue.trim()) {
        problems.push(stepProblem(step, `${at} needs an XPath expression`, field));
        return;
      }
      const syntax = checkXPath(row.sourceValue);
      if (syntax) problems.push(stepProblem(step, `${at}: ${syntax}`, field));
      else
        for (const prefix of xpathPrefixes(row.sourceValue))
          if (!(prefix in namespaces))
            problems.push(
              stepProblem(
                step,
                `${at}: the XPath uses the prefix "${prefix}", which the Integration Process's Namespace Mapping does not define`,
                field,
              ),
            );
    } else if (row.sourceType === 'LocalVariable' || row.sourceType === 'GlobalVariable') {
      const scope = row.sourceType === 'LocalVariable' ? 'local' : 'global';
      if (!row.sourceValue.trim())
        problems.push(
          stepProblem(step, `${at} needs the name of the ${scope} variable to read`, field),
        );
      else {
        const problem = variableNameProblem(row.sourceValue, scope);
        if (problem) problems.push(stepProblem(step, `${at}: ${problem}`, field));
      }
    } else if (row.sourceType !== 'Constant' && !row.sourceValue.trim()) {
      problems.push(
        stepProblem(
          step,
          `${at} needs the name of the ${row.sourceType.toLowerCase()} to copy`,
          field,
        ),
      );
    } else if (row.sourceType === 'Constant' && row.sourceValue !== '') {
      try {
        convertDataType(row.sourceValue, row.dataType);
      } catch (e) {
        problems.push(stepProblem(step, `${at}: ${(e as Error).message}`, field));
      }
    }
  });
  return problems;
}

/** Unknown expressions are validation errors, so they never surprise a run. */
export function validateContentModifier(step: Step, flow: Flow): Problem[] {
  const config = step.config as Partial<ContentModifierConfig>;
  const namespaces = parseNamespaceMapping(flow.settings.namespaceMapping ?? '').map;
  const problems = [
    ...checkRows(step, config.headers ?? [], 'headers', namespaces),
    ...checkRows(step, config.properties ?? [], 'properties', namespaces),
  ];
  if (config.bodyType === 'Expression') {
    for (const e of parseExpression(config.bodyValue ?? '').errors)
      problems.push(stepProblem(step, `Message Body: ${e}`, 'bodyValue'));
  }
  return problems;
}
