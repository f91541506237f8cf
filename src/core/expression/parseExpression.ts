import { checkJavaDatePattern } from './formatJavaDate';

/** One piece of a Camel Simple template: literal text or a `${…}` reference. */
export type ExpressionPart =
  | { kind: 'text'; text: string }
  | { kind: 'header'; name: string }
  | { kind: 'property'; name: string }
  | { kind: 'body' }
  | { kind: 'date'; pattern: string }
  | { kind: 'camelId' }
  | { kind: 'exchangeId' }
  | { kind: 'exceptionMessage' };

export interface ParsedExpression {
  parts: ExpressionPart[];
  /** Empty when the template is valid; otherwise one message per problem. */
  errors: string[];
}

/** `header.x`, `in.header.x`, `headers.x` and the bracket form `header[x]`. */
const HEADER = /^(?:in\.)?headers?(?:\.(.+)|\[(.+)\])$/;
const PROPERTY = /^(?:property|exchangeProperty)(?:\.(.+)|\[(.+)\])$/;
const BODY = /^(?:in\.)?body$|^bodyAs\((?:java\.lang\.)?String\)$/;

/** Parses the inside of `${…}`; returns the part or an error message. */
export function parseReference(inner: string): ExpressionPart | string {
  const ref = inner.trim();
  const header = HEADER.exec(ref);
  if (header) return { kind: 'header', name: (header[1] ?? header[2] ?? '').trim() };
  const property = PROPERTY.exec(ref);
  if (property) return { kind: 'property', name: (property[1] ?? property[2] ?? '').trim() };
  if (BODY.test(ref)) return { kind: 'body' };
  if (ref === 'camelId' || ref === 'camelContext.name') return { kind: 'camelId' };
  if (ref === 'exchangeId') return { kind: 'exchangeId' };
  if (ref === 'exception.message') return { kind: 'exceptionMessage' };
  if (ref.startsWith('date:')) {
    if (ref === 'date:now') return { kind: 'date', pattern: 'EEE MMM dd HH:mm:ss zzz yyyy' };
    if (!ref.startsWith('date:now:')) return `Unknown date expression "\${${ref}}"`;
    const pattern = ref.slice('date:now:'.length);
    const error = checkJavaDatePattern(pattern);
    return error ?? { kind: 'date', pattern };
  }
  return `Unknown expression "\${${ref}}"`;
}

/**
 * Parses a Camel Simple template (literal text with `${…}` references) as CPI uses it in
 * Content Modifier values. Unknown references are reported here so validation can flag them
 * before a run.
 */
export function parseExpression(template: string): ParsedExpression {
  const parts: ExpressionPart[] = [];
  const errors: string[] = [];
  let i = 0;
  let text = '';
  while (i < template.length) {
    const start = template.indexOf('${', i);
    if (start < 0) {
      text += template.slice(i);
      break;
    }
    text += template.slice(i, start);
    const end = template.indexOf('}', start + 2);
    if (end < 0) {
      errors.push(`Unclosed "\${" at position ${start + 1}`);
      text += template.slice(start);
      break;
    }
    if (text) parts.push({ kind: 'text', text });
    text = '';
    const part = parseReference(template.slice(start + 2, end));
    if (typeof part === 'string') errors.push(part);
    else parts.push(part);
    i = end + 1;
  }
  if (text) parts.push({ kind: 'text', text });
  return { parts, errors };
}
