import type { Package } from '../../core/workspace/package';

/**
 * Packages whose name, technical name, short description or vendor contain every word of the
 * query (case-insensitive), sorted by name so the list is stable.
 */
export function filterPackages(packages: readonly Package[], query: string): Package[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = (p: Package) =>
    [p.name, p.technicalName, p.shortDescription, p.vendor].join('\n').toLowerCase();
  return packages
    .filter((p) => words.every((w) => hay(p).includes(w)))
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

/** A short, locale-aware date/time for tables; the raw value when it is not a date. */
export function formatModified(iso: string, locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
