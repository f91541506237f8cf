/**
 * "p=uri" lines → { p: uri }; malformed lines are reported by validation. A line may also be
 * written as CPI writes its Namespace Mapping, "xmlns:p=uri".
 */
export function parseNamespaceMapping(text: string): {
  map: Record<string, string>;
  errors: string[];
} {
  const map: Record<string, string> = {};
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const l = line.trim();
    if (!l) return;
    const m = /^(?:xmlns:)?([A-Za-z_][\w.-]*)\s*=\s*(\S+)$/.exec(l);
    if (m) map[m[1]!] = m[2]!;
    else errors.push(`Namespace mapping line ${i + 1} must be "prefix=uri"`);
  });
  return { map, errors };
}
