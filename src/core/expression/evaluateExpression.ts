import type { Message } from '../model/message';
import { bodyText } from './bodyText';
import { formatJavaDate } from './formatJavaDate';
import { parseExpression, type ExpressionPart } from './parseExpression';

/** What an expression can see beyond the message. */
export interface ExpressionEnv {
  now: () => Date;
  camelId: string;
  exchangeId: string;
}

export class ExpressionError extends Error {
  override name = 'ExpressionError';
}

function exceptionMessage(message: Message): unknown {
  const caught = message.properties.CamelExceptionCaught;
  if (caught && typeof caught === 'object' && 'message' in caught)
    return (caught as { message: unknown }).message;
  return caught;
}

/** Value of one part; undefined when a header or property is missing (Camel's null). */
export function partValue(part: ExpressionPart, message: Message, env: ExpressionEnv): unknown {
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'header':
      return message.headers[part.name];
    case 'property':
      return message.properties[part.name];
    case 'body':
      return bodyText(message.body);
    case 'date':
      return formatJavaDate(env.now(), part.pattern);
    case 'camelId':
      return env.camelId;
    case 'exchangeId':
      return env.exchangeId;
    case 'exceptionMessage':
      return exceptionMessage(message);
  }
}

const asText = (v: unknown): string =>
  v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/**
 * Evaluates a Camel Simple template. A template that is exactly one reference returns that
 * value as is (so a header copy keeps its type); anything else is concatenated text, with
 * missing values as empty text.
 */
export function evaluateExpression(
  template: string,
  message: Message,
  env: ExpressionEnv,
): unknown {
  const { parts, errors } = parseExpression(template);
  if (errors.length > 0) throw new ExpressionError(errors.join('; '));
  if (parts.length === 1 && parts[0]?.kind !== 'text') return partValue(parts[0]!, message, env);
  return parts.map((p) => asText(partValue(p, message, env))).join('');
}

/** Same as evaluateExpression, always as text. */
export function evaluateText(template: string, message: Message, env: ExpressionEnv): string {
  return asText(evaluateExpression(template, message, env));
}
