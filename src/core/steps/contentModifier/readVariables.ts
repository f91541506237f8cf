import type { StepExecContext } from '../../engine/types';
import type { LogLine } from '../../model/message';
import type { VariableRecord } from '../../stores/types';
import type { ModifierRow } from './config';

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
  /** The rows that read a variable, each with its table ("header" or "property"). */
  rows: { what: string; row: ModifierRow }[],
): Promise<{ lookup: VariableLookup; logs: LogLine[] }> {
  const values = new Map<string, Value>();
  const logs: LogLine[] = [];
  const where = ctx.stores.label;
  for (const { what, row } of rows) {
    const global = row.sourceType === 'GlobalVariable';
    const name = row.sourceValue;
    const k = key(global, name);
    if (!values.has(k)) {
      const { id: flowId, name: flowName } = ctx.flow;
      const visibility = global ? 'global' : 'local';
      const found = await ctx.stores.getVariable({ visibility, flowId, flowName }, name);
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
