/** The message body as text, the way CPI's `${in.body}` and converters see it. */
export function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (typeof body === 'object') return JSON.stringify(body);
  return String(body);
}

/** UTF-8 size of the body, used by the engine's message size limit. */
export function bodyBytes(body: unknown): number {
  return new TextEncoder().encode(bodyText(body)).length;
}
