/**
 * Bytes as text when they are UTF-8 (what the steps after read), else the bytes themselves: how
 * a decoded, unzipped or received body that may be binary becomes a message body. A module of
 * its own so the editor's first JavaScript (which reads bodyText) does not carry it.
 */
export function textOrBytes(bytes: Uint8Array): string | Uint8Array {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes;
  }
}
