import type { Flow } from '../model/flow';
import { canonicalFlow } from './canonical';

/** Canonical JSON text of a flow: stable key order, 2-space indent, trailing newline, no secrets. */
export function exportFlow(flow: Flow): string {
  return `${JSON.stringify(canonicalFlow(flow), null, 2)}\n`;
}

/**
 * A name safe on every common file system: no path separators, control or reserved characters,
 * no leading dots, bounded length. Spaces become "_".
 */
export function safeFileName(name: string, fallback = 'flow'): string {
  const cleaned = name
    .normalize('NFKC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '')
    .trim()
    .replace(/\s+/g, '_')
    .replace(/^\.+/, '')
    .replace(/\.+$/, '')
    .slice(0, 100);
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned);
  return cleaned && !reserved ? cleaned : fallback;
}

/** `<name>.flow.json`. */
export function flowFileName(flow: Flow): string {
  return `${safeFileName(flow.name, safeFileName(flow.id))}.flow.json`;
}
