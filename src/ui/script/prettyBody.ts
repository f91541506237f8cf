import { binarySummary } from '../../core/expression/bodyText';

/** The output body as shown in the preview, and which format was recognised. */
export interface PrettyBody {
  text: string;
  format: 'json' | 'xml' | 'text';
}

/**
 * Pretty-prints a script's output body when it is JSON or XML; any other text is shown as is.
 * Non-string bodies (objects, maps the sandbox returned as data) are shown as JSON.
 */
export function prettyBody(body: unknown): PrettyBody {
  if (body === null || body === undefined) return { text: '', format: 'text' };
  if (body instanceof Uint8Array) return { text: binaryText(body), format: 'text' };
  if (typeof body !== 'string') {
    try {
      return { text: JSON.stringify(body, null, 2) ?? String(body), format: 'json' };
    } catch {
      return { text: String(body), format: 'text' };
    }
  }
  const trimmed = body.trim();
  if (/^[[{]/.test(trimmed)) {
    try {
      return { text: JSON.stringify(JSON.parse(trimmed), null, 2), format: 'json' };
    } catch {
      return { text: body, format: 'text' };
    }
  }
  if (trimmed.startsWith('<')) {
    const xml = prettyXml(trimmed);
    if (xml !== null) return { text: xml, format: 'xml' };
  }
  return { text: body, format: 'text' };
}

const SHOWN_BYTES = 512;

/** Offset, hex and ASCII of the first `max` bytes, 16 a line; "…" when there are more. */
export function hexDump(bytes: Uint8Array, max = SHOWN_BYTES): string {
  const lines: string[] = [];
  for (let i = 0; i < Math.min(bytes.length, max); i += 16) {
    const row = [...bytes.subarray(i, Math.min(i + 16, max))];
    const hex = row.map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const ascii = row.map((b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : '.')).join('');
    lines.push(`${i.toString(16).padStart(6, '0')}  ${hex.padEnd(47)}  ${ascii}`);
  }
  if (bytes.length > max) lines.push('…');
  return lines.join('\n');
}

/** A binary body (a ZIP archive, decoded bytes): its size, then a hex dump of its start. */
function binaryText(bytes: Uint8Array): string {
  return bytes.length === 0 ? binarySummary(bytes) : `${binarySummary(bytes)}\n${hexDump(bytes)}`;
}

const TOKEN = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<![^>]*>|<\/?[^>]+>|[^<]+/g;

/**
 * Indents XML two spaces per level; an element holding only text stays on one line.
 * Returns null when the tags do not balance, so broken XML is shown untouched.
 */
export function prettyXml(xml: string): string | null {
  const tokens = xml.match(TOKEN) ?? [];
  const lines: string[] = [];
  const open: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const pad = '  '.repeat(open.length);
    if (!token.startsWith('<')) {
      if (token.trim()) lines.push(pad + token.trim());
      continue;
    }
    if (token.startsWith('</')) {
      const name = token.slice(2, -1).trim();
      if (open.pop() !== name) return null;
      lines.push('  '.repeat(open.length) + token);
      continue;
    }
    if (/^<[!?]/.test(token) || token.endsWith('/>')) {
      lines.push(pad + token);
      continue;
    }
    const name = /^<([^\s>/]+)/.exec(token)?.[1] ?? '';
    const text = tokens[i + 1];
    const close = tokens[i + 2];
    // <a>text</a> on one line reads better than three lines
    if (text !== undefined && !text.startsWith('<') && close === `</${name}>`) {
      lines.push(pad + token + text.trim() + close);
      i += 2;
      continue;
    }
    lines.push(pad + token);
    open.push(name);
  }
  return open.length === 0 ? lines.join('\n') : null;
}
