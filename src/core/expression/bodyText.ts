/**
 * The message body as text, the way CPI's `${in.body}` and converters see it. A binary body
 * (bytes a ZIP Compression or a Base64 Decoder made) is read as UTF-8, as Java's String does.
 */
export function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  if (typeof body === 'object') return JSON.stringify(body);
  return String(body);
}

/** "Binary body, 1,234 bytes": how every view and `ifs run` name a binary body (never as mojibake). */
export const binarySummary = (bytes: Uint8Array): string =>
  `Binary body, ${bytes.length.toLocaleString('en-US')} bytes`;

/** UTF-8 size of the body (a binary body's own length), used by the message size limit. */
export function bodyBytes(body: unknown): number {
  if (body instanceof Uint8Array) return body.length;
  return new TextEncoder().encode(bodyText(body)).length;
}
