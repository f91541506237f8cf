import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { CpiImportError } from './errors';

/** Limits checked from the zip's central directory before anything is inflated. */
export const ZIP_LIMITS = {
  totalBytes: 50 * 1024 * 1024,
  ratio: 100,
  entries: 10_000,
  iflwBytes: 20 * 1024 * 1024,
} as const;

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Refuses names that could escape a folder when written out: "../", absolute, drive letters. */
function badName(name: string): string | null {
  if (name.includes('\\')) return 'uses backslashes';
  if (name.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'starts with a drive letter';
  if (name.split('/').some((seg) => seg === '..')) return 'climbs out of the archive with "../"';
  // eslint-disable-next-line no-control-regex -- control characters are what we refuse
  if (/[\u0000-\u001f]/.test(name)) return 'contains control characters';
  return null;
}

/**
 * Unzips untrusted bytes: the entry names, count, total size and compression ratio are checked
 * from the central directory first, and only then is anything inflated (zip bombs are refused
 * without being expanded). Directory entries are dropped.
 */
export function safeUnzip(bytes: Uint8Array, file: string): Map<string, Uint8Array> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new CpiImportError(file, 'is not a zip archive (it does not start with "PK")');
  let total = 0;
  let packed = 0;
  let count = 0;
  const declared = new Map<string, number>();
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        count++;
        if (count > ZIP_LIMITS.entries)
          throw new CpiImportError(file, `has more than ${ZIP_LIMITS.entries} entries`);
        const why = badName(f.name);
        if (why) throw new CpiImportError(file, `entry "${f.name}" ${why}; refused`);
        if (f.name.endsWith('/')) return false;
        if (/\.iflw$/i.test(f.name) && f.originalSize > ZIP_LIMITS.iflwBytes)
          throw new CpiImportError(
            file,
            `${f.name} is too large (${MB(f.originalSize)}; at most 20 MB)`,
          );
        total += f.originalSize;
        packed += f.size;
        if (total > ZIP_LIMITS.totalBytes)
          throw new CpiImportError(
            file,
            `would unpack to more than ${MB(ZIP_LIMITS.totalBytes)}; refused (zip bomb protection)`,
          );
        if (f.originalSize > 1024 * 1024 && f.originalSize > f.size * ZIP_LIMITS.ratio)
          throw new CpiImportError(
            file,
            `entry "${f.name}" is compressed more than ${ZIP_LIMITS.ratio}:1 (${MB(f.originalSize)} from ${f.size} bytes); refused (zip bomb protection)`,
          );
        declared.set(f.name, f.originalSize);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof CpiImportError) throw e;
    throw new CpiImportError(
      file,
      `is a damaged zip archive (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  if (total > 1024 * 1024 && total > packed * ZIP_LIMITS.ratio)
    throw new CpiImportError(
      file,
      `is compressed more than ${ZIP_LIMITS.ratio}:1; refused (zip bomb protection)`,
    );
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(entries)) {
    if (data.length !== declared.get(name))
      throw new CpiImportError(file, `entry "${name}" does not match its declared size`);
    out.set(name, data);
  }
  return out;
}

export function utf8(data: Uint8Array): string {
  return strFromU8(data).replace(/^\uFEFF/, '');
}

/** Zips entries (deflated, fixed timestamps so the same flow gives the same bytes). */
export function zip(entries: Record<string, Uint8Array>): Uint8Array {
  const files: Zippable = {};
  const mtime = new Date(Date.UTC(2020, 0, 1));
  for (const [name, data] of Object.entries(entries)) files[name] = [data, { mtime, level: 6 }];
  return zipSync(files);
}
