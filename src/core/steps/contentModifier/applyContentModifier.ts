import type { Message } from '../../model/message';
import { bodyText, evaluateExpression, evaluateText, type ExpressionEnv } from '../../expression';
import type { ContentModifierConfig, ModifierRow } from './config';
import { convertDataType } from './convertDataType';

export interface ModifierEnv extends ExpressionEnv {
  /** XPath string() over XML text, with the flow's namespaces (given when a row reads XPath). */
  xpath?: (xml: string, expression: string) => string;
  /** The variables the rows read, read before they run (given when a row reads one). */
  variable?: (global: boolean, name: string) => unknown;
}

function sourceValue(row: ModifierRow, message: Message, env: ModifierEnv): unknown {
  switch (row.sourceType) {
    case 'Constant':
      return row.sourceValue;
    case 'Header':
      return message.headers[row.sourceValue];
    case 'Property':
      return message.properties[row.sourceValue];
    case 'Expression':
      return evaluateExpression(row.sourceValue, message, env);
    case 'XPath':
      if (!env.xpath) throw new Error('The XPath engine was not loaded');
      return env.xpath(bodyText(message.body), row.sourceValue);
    case 'LocalVariable':
    case 'GlobalVariable':
      if (!env.variable) throw new Error('The variables were not read');
      return env.variable(row.sourceType === 'GlobalVariable', row.sourceValue);
  }
}

function wildcard(pattern: string): RegExp {
  const re = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${re}$`);
}

/** Applies rows top to bottom, so a later row sees what an earlier one created. */
function applyRows(
  rows: ModifierRow[],
  target: 'headers' | 'properties',
  message: Message,
  env: ModifierEnv,
) {
  if (rows.length === 0) return;
  // Copy on write: the engine's maps are frozen and shared with the trace.
  const map = { ...message[target] };
  message[target] = map;
  for (const row of rows) {
    if (row.action === 'Delete') {
      // CPI lets Delete name several entries: comma-separated, with * wildcards.
      const patterns = row.name.split(',').map((n) => wildcard(n.trim()));
      for (const key of Object.keys(map)) if (patterns.some((p) => p.test(key))) delete map[key];
      continue;
    }
    let value = sourceValue(row, message, env);
    if ((value === undefined || value === null || value === '') && row.default !== '')
      value = row.default;
    map[row.name] = convertDataType(value ?? null, row.dataType);
  }
}

export function applyContentModifier(
  config: ContentModifierConfig,
  message: Message,
  env: ModifierEnv,
): Message {
  applyRows(config.headers, 'headers', message, env);
  applyRows(config.properties, 'properties', message, env);
  if (config.bodyValue !== '') {
    message.body =
      config.bodyType === 'Expression'
        ? evaluateText(config.bodyValue, message, env)
        : config.bodyValue;
  }
  return message;
}
