/**
 * What a codec made of an element's properties on import, so that an export writes back what the
 * file held wherever the user left the field alone. Codecs map properties to typed config and
 * back; real CPI content holds values the config cannot say as they are: an externalised
 * parameter in a choice or number field (`authenticationMethod = {{Auth}}`), an empty value the
 * codec writes as "false", a property CPI did not write at all. For each key where the codec's
 * own write at import differs from the file, the pair [as in the file (null: absent), as
 * written] is kept (`extensions.cpi.asRead`); an export that would write the same again writes
 * the file's value instead. A field the user changed writes its new value.
 */
export type AsRead = Record<string, [string | null, string | null]>;

/** The differences between the file's properties and the codec's own write of what it read. */
export function asReadOf(
  file: Readonly<Record<string, string>>,
  written: Readonly<Record<string, string>>,
  keys: Iterable<string> = Object.keys(written),
): AsRead | undefined {
  const out: AsRead = {};
  for (const k of keys) {
    const was = Object.hasOwn(file, k) ? file[k]! : null;
    const now = Object.hasOwn(written, k) ? written[k]! : null;
    if (was !== now) out[k] = [was, now];
  }
  return Object.keys(out).length ? out : undefined;
}

/** `written` with the file's values back wherever the codec still writes what it wrote then. */
export function restoreAsRead(
  written: Readonly<Record<string, string>>,
  asRead: unknown,
): Record<string, string> {
  const out = { ...written };
  if (asRead === null || typeof asRead !== 'object' || Array.isArray(asRead)) return out;
  for (const [k, pair] of Object.entries(asRead)) {
    // Stored data: checked, since it came back through the extensions bag.
    if (!Array.isArray(pair) || pair.length !== 2) continue;
    const [was, then] = pair as unknown[];
    if (!(was === null || typeof was === 'string') || !(then === null || typeof then === 'string'))
      continue;
    const now = Object.hasOwn(out, k) ? out[k]! : null;
    if (now !== then) continue;
    if (was === null) delete out[k];
    else out[k] = was;
  }
  return out;
}

/** A value that names an externalised parameter and nothing else ("{{Sender Path}}"). */
export const isParameterRef = (v: string | null): boolean =>
  v !== null && /^\s*\{\{[^{}]+\}\}\s*$/.test(v);
