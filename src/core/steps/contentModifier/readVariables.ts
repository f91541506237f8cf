import type { StepExecContext } from '../../engine/types';
import type { LogLine } from '../../model/message';
import { storesLabel } from '../../stores/storesLabel';
import type { VariableRecord } from '../../stores/types';
import { readsVariable, type ContentModifierConfig } from './config';

type Value = VariableRecord['value'] | undefined;

/** Looks up a variable read before the rows ran: local (this flow's) or global (the tenant's). */
export type VariableLookup = (global: boolean, name: string) => Value;

const key = (global: boolean, name: string) => `${global ? 'global' : 'local'}:${name}`;

/**
 * Reads the variables a Content Modifier's rows name from the store Write Variables writes to
 * (the tenant's, the simulator's or the run's own: ctx.stores). They are read before the rows
 * run, which changes nothing since a step cannot write a variable. A variable that is not set
 * reads as empty (the row's default then applies, as in CPI); the trace says which it was.
 * Loaded with the first step that reads a variable.
 */
export async function readVariables(
  ctx: StepExecContext,
  config: ContentModifierConfig,
): Promise<{ lookup: VariableLookup; logs: LogLine[] }> {
  const values = new Map<string, Value>();
  const logs: LogLine[] = [];
  const where = storesLabel(ctx.stores.kind);
  const tables = [
    ['header', config.headers],
    ['property', config.properties],
  ] as const;
  for (const [what, rows] of tables)
    for (const row of rows.filter(readsVariable)) {
      const global = row.sourceType === 'GlobalVariable';
      const name = row.sourceValue;
      const k = key(global, name);
      if (!values.has(k)) {
        const scope = { visibility: global ? 'global' : 'local', flowId: ctx.flow.id } as const;
        const found = await ctx.stores.getVariable({ ...scope, flowName: ctx.flow.name }, name);
        values.set(k, found?.value);
      }
      const value = values.get(k);
      const variable = `${global ? 'global' : 'local'} variable "${name}"`;
      logs.push(
        value === undefined
          ? {
              level: 'warn',
              text: `Content Modifier: ${what} "${row.name}": ${variable} is not set (${where}); ${
                row.default !== '' ? `default ${JSON.stringify(row.default)} used` : 'empty'
              }`,
            }
          : {
              level: 'info',
              text: `Content Modifier: ${what} "${row.name}" = ${variable} = ${JSON.stringify(value)} (${where})`,
            },
      );
    }
  return { lookup: (global, name) => values.get(key(global, name)), logs };
}
