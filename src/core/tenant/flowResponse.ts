import { placePath } from './places';
import type { Message } from '../model/message';
import { bodyText } from '../expression/bodyText';
import { TEXT } from './http';
import { BINARY, isTextType } from './body';
import type { ExecutionError } from './types';

/** Headers that never leave the runtime: Camel internals, credentials, framing set by the server. */
const INTERNAL =
  /^(camel|org\.apache\.|breadcrumbid$|authorization$|cookie$|set-cookie$|content-length$|transfer-encoding$|connection$|host$|x-csrf-token$)/i;

/** The status a script asked for with CamelHttpResponseCode, when it is a valid HTTP status. */
export function requestedStatus(headers: Record<string, unknown>): number | null {
  for (const [k, v] of Object.entries(headers))
    if (k.toLowerCase() === 'camelhttpresponsecode') {
      const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
      if (Number.isInteger(n) && n >= 100 && n <= 599) return n;
    }
  return null;
}

/** Message headers that go back to the caller: plain values, no internals, no line breaks. */
export function responseHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (INTERNAL.test(name) || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) continue;
    const text =
      typeof value === 'string'
        ? value
        : typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : null;
    if (text !== null && !/[\r\n]/.test(text)) out[name] = text;
  }
  return out;
}

/**
 * The HTTP answer for a completed run: status 200, 204 for an empty body, or the script's code.
 * A binary body (bytes from a ZIP Compression or a Base64 Decoder) is answered byte for byte;
 * any other body as text. The message's Content-Type goes along when it fits the body (a text
 * type for text, any other for bytes); otherwise, or when there is none, text/plain or
 * application/octet-stream. So a ZIP made from a text request is not labelled text/plain, nor
 * the text unzipped from a posted ZIP application/zip.
 */
export function successResponse(output: Message): {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
} {
  const raw = output.body;
  const bytes =
    raw instanceof Uint8Array ? raw : raw instanceof ArrayBuffer ? new Uint8Array(raw) : null;
  const body = bytes ?? bodyText(raw);
  const headers = responseHeaders(output.headers);
  const status = requestedStatus(output.headers) ?? (body.length === 0 ? 204 : 200);
  const noBody = status === 204 || status === 304;
  const typeKey = Object.keys(headers).find((h) => h.toLowerCase() === 'content-type');
  if (typeKey !== undefined && isTextType(headers[typeKey]) === (bytes !== null))
    delete headers[typeKey];
  if (!noBody && (typeKey === undefined || !(typeKey in headers)))
    headers['Content-Type'] = bytes ? BINARY : TEXT;
  return { status, headers, body: noBody ? '' : body };
}

/** Error body for a failed run: the log id, or the exception text when the flow returns it. */
export function failureBody(
  error: ExecutionError,
  logId: string,
  returnException: boolean,
): string {
  if (returnException)
    return error.message.startsWith(error.type) ? error.message : `${error.type}: ${error.message}`;
  return [
    '500 Internal Server Error: the message processing failed.',
    `The MPL ID for the failed message is : ${logId}`,
    `Open it in ${placePath('monitor', 'messages')} for the error and the trace.`,
  ].join('\n');
}
