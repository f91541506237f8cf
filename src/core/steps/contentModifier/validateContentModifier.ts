import type { Step } from '../../model/flow';
import type { Problem } from '../../validation/problem';
import { parseExpression } from '../../expression';
import { stepProblem } from '../../engine/stepProblem';
import type { ContentModifierConfig, ModifierRow } from './config';
import { convertDataType } from './convertDataType';

function checkRows(step: Step, rows: ModifierRow[], field: 'headers' | 'properties'): Problem[] {
  const what = field === 'headers' ? 'Header' : 'Property';
  const problems: Problem[] = [];
  rows.forEach((row, i) => {
    const at = `${what} row ${i + 1}`;
    if (!row.name.trim()) problems.push(stepProblem(step, `${at} has no name`, field));
    if (row.action === 'Delete') return;
    if (row.sourceType === 'Expression') {
      for (const e of parseExpression(row.sourceValue).errors)
        problems.push(stepProblem(step, `${at}: ${e}`, field));
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
export function validateContentModifier(step: Step): Problem[] {
  const config = step.config as Partial<ContentModifierConfig>;
  const problems = [
    ...checkRows(step, config.headers ?? [], 'headers'),
    ...checkRows(step, config.properties ?? [], 'properties'),
  ];
  if (config.bodyType === 'Expression') {
    for (const e of parseExpression(config.bodyValue ?? '').errors)
      problems.push(stepProblem(step, `Message Body: ${e}`, 'bodyValue'));
  }
  return problems;
}
