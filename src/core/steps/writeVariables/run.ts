import {
  bodyText,
  evaluateExpression,
  loadXPathEngine,
  parseNamespaceMapping,
} from '../../expression';
import type { StepExecContext, StepExecResult } from '../../engine/types';
import type { Message } from '../../model/message';
import type { VariableRecord } from '../../stores/types';
import { convertDataType } from '../contentModifier/convertDataType';
import type { VariableRow, WriteVariablesConfig } from './config';

/** Runs Write Variables (small: its XPath engine is the lazy one of the expression module). */

const scalar = (v: unknown): VariableRecord['value'] =>
  v === undefined || v === null
    ? null
    : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
      ? v
      : JSON.stringify(v);

async function valueOf(ctx: StepExecContext, message: Message, row: VariableRow) {
  switch (row.sourceType) {
    case 'constant':
      return row.sourceValue;
    case 'header':
      return message.headers[row.sourceValue];
    case 'property':
      return message.properties[row.sourceValue];
    case 'expression':
      return evaluateExpression(row.sourceValue, message, {
        now: ctx.now,
        camelId: ctx.camelId,
        exchangeId: ctx.exchangeId,
      });
    case 'xpath': {
      const { evaluateXPathString } = await loadXPathEngine();
      const namespaces = parseNamespaceMapping(ctx.flow.settings.namespaceMapping ?? '').map;
      return evaluateXPathString(bodyText(message.body), row.sourceValue, namespaces);
    }
  }
}

export async function writeVariables(
  ctx: StepExecContext,
  message: Message,
  c: WriteVariablesConfig,
): Promise<StepExecResult> {
  const lines: string[] = [];
  const where = ctx.stores.label;
  for (const row of c.variables) {
    const value = scalar(convertDataType(await valueOf(ctx, message, row), row.dataType));
    await ctx.stores.setVariable({
      name: row.name,
      flowId: row.global ? '' : ctx.flow.id,
      flowName: ctx.flow.name,
      value,
      updatedAt: ctx.stores.now(),
    });
    lines.push(
      `Write Variables: ${row.global ? 'global' : 'local'} variable "${row.name}" = ${JSON.stringify(value)} (${where})`,
    );
  }
  return { message, logs: lines.map((text) => ({ level: 'info', text })) };
}
