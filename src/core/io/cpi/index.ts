// CPI content in and out: integration flow archives (.zip), package exports and bare .iflw files.
import type { Flow } from '../../model/flow';
import { importIflwFile } from './archive';
import { loadCodecs } from '../../registry/codecs';
import type { ImportReport } from './report';

export {
  importCpiArchive,
  exportCpiArchive,
  exportCpiPackage,
  type CpiImportResult,
} from './archive';
export { CpiImportError } from './errors';
export { writeIflw } from './writeIflw';
export { ZIP_LIMITS } from './zip';
export type { ImportReport, ImportReportEntry } from './report';

/** Imports one .iflw's XML text (Node or browser; no DOM needed). Rejects with CpiImportError. */
export async function importIflw(
  xml: string,
  fileName = 'flow.iflw',
): Promise<{ flow: Flow; warnings: string[]; report: ImportReport }> {
  await loadCodecs();
  return importIflwFile(xml, fileName);
}
