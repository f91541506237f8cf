import { textOrBytes } from '../expression/textOrBytes';
import { utf8Length } from './http';

/*
 * Message bodies over HTTP: text, or bytes for a body that is not text (a ZIP, an image). The
 * tenant, `ifs serve`, the Service Worker, the Test Console and `ifs run` decide alike.
 */

/** What a binary answer is when the flow did not say (no Content-Type header of its own). */
export const BINARY = 'application/octet-stream';

/**
 * Whether a Content-Type names text: text/*, JSON, XML, form-urlencoded (also as +json, +xml
 * suffixes) or any type with a charset parameter. Undefined when there is no Content-Type.
 */
export function isTextType(contentType: string | undefined): boolean | undefined {
  const type = contentType?.trim().toLowerCase();
  if (!type) return undefined;
  return (
    /^text\//.test(type) ||
    /^[^;]*[/+](json|xml)\s*(;|$)/.test(type) ||
    /^application\/(x-www-form-urlencoded|javascript|ecmascript|graphql)\b/.test(type) ||
    /;\s*charset\s*=/.test(type)
  );
}

/**
 * A received body as the flow gets it: text (UTF-8) when its Content-Type names text, its
 * bytes unchanged when the Content-Type names anything else (a ZIP, an image, a PDF); without
 * a Content-Type, text when the bytes are valid UTF-8, else bytes.
 */
export function requestBody(
  bytes: Uint8Array,
  contentType: string | undefined,
): string | Uint8Array {
  if (bytes.length === 0) return '';
  const text = isTextType(contentType);
  if (text === undefined) return textOrBytes(bytes);
  return text ? new TextDecoder().decode(bytes) : bytes;
}

/** Size of a body in bytes (a text body's UTF-8 length). */
export function byteLength(body: string | Uint8Array): number {
  return typeof body === 'string' ? utf8Length(body) : body.length;
}
