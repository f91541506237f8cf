import { lazyCodecs } from '../../registry/lazyCodecs';
import { stepProblem } from '../../engine/stepProblem';
import { defineStepType } from '../../registry/types';
import { DATA_TYPES } from '../contentModifier/config';
import { newVariableRow, writeVariablesSchema, type WriteVariablesConfig } from './config';
import { writeVariables } from './run';

/** Write Variables: keeps values as local (this flow) or global variables on the tenant. */
export const writeVariablesType = defineStepType<WriteVariablesConfig>({
  type: 'writeVariables',
  label: 'Write Variables',
  description: 'Keeps values as local or global variables for later runs',
  group: 'Steps',
  category: 'Persistence',
  shape: 'task',
  icon: 'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3z M4 6v6c0 1.7 3.6 3 8 3 M14 21l3-7 3 7 M15 19h4',
  size: { width: 120, height: 64 },
  defaultName: 'Write Variables',
  defaultConfig: () => ({ variables: [] }),
  configSchema: writeVariablesSchema,
  form: [
    {
      title: 'Processing',
      fields: [
        {
          key: 'variables',
          label: 'Variables',
          kind: 'table',
          newRow: newVariableRow,
          columns: [
            { key: 'name', label: 'Name', kind: 'text', required: true },
            {
              key: 'sourceType',
              label: 'Type',
              kind: 'select',
              options: [
                { value: 'constant', label: 'Constant' },
                { value: 'expression', label: 'Expression' },
                { value: 'header', label: 'Header' },
                { value: 'property', label: 'Property' },
                { value: 'xpath', label: 'XPath' },
              ],
            },
            {
              key: 'dataType',
              label: 'Data Type',
              kind: 'select',
              options: [
                { value: '', label: '(as is)' },
                ...DATA_TYPES.map((v) => ({ value: v, label: v })),
              ],
            },
            { key: 'sourceValue', label: 'Value', kind: 'text' },
            { key: 'global', label: 'Global Scope', kind: 'checkbox' },
          ],
        },
      ],
    },
  ],
  connections: { maxOutgoing: 1 },
  validate: (step) => {
    const rows = (step.config as Partial<WriteVariablesConfig>).variables ?? [];
    const out = [];
    if (rows.length === 0) out.push(stepProblem(step, 'add at least one variable', 'variables'));
    const seen = new Set<string>();
    for (const [i, r] of rows.entries()) {
      const name = r.name?.trim() ?? '';
      if (!name) out.push(stepProblem(step, `variable ${i + 1} has no name`, 'variables'));
      else if (seen.has(`${r.global}/${name}`))
        out.push(stepProblem(step, `variable "${name}" is written twice`, 'variables'));
      seen.add(`${r.global}/${name}`);
      if (r.sourceType !== 'constant' && !r.sourceValue?.trim())
        out.push(
          stepProblem(step, `variable "${name || i + 1}" has no value to read`, 'variables'),
        );
    }
    return out;
  },
  execute: async (ctx, message, config) => {
    try {
      return await writeVariables(ctx, message, config);
    } catch (e) {
      const err = e as Error;
      return { message, error: { type: err.name, message: err.message } };
    }
  },
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
