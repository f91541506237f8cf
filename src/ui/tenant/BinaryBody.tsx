import { downloadBytes } from '../editor/header/exportDownload';
import { binarySummary } from '../../core/expression/bodyText';
import { hexDump } from '../script/prettyBody';

/** File name endings for the content types a flow is likely to answer with. */
const EXTENSIONS: Record<string, string> = {
  'application/zip': 'zip',
  'application/gzip': 'gz',
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
};

/** "<base>.<ext>" for a content type ("bin" for any other). */
export function downloadName(base: string, contentType: string | undefined): string {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return `${base}.${EXTENSIONS[type] ?? 'bin'}`;
}

/** Bytes shown in the hex preview (the whole body is in the download). */
const PREVIEW_BYTES = 256;

/**
 * A binary body as the tenant views show it: "Binary body, N bytes, <content type>", a
 * Download button for its exact bytes and a hex preview of its start; never decoded as text.
 */
export function BinaryBody({
  bytes,
  contentType,
  fileName,
  label,
}: {
  bytes: Uint8Array;
  contentType?: string | undefined;
  /** Download file name without ending (it follows the content type). */
  fileName: string;
  /** What the body is, for the button's name: "Download <label>". */
  label: string;
}) {
  return (
    <div className="tenant-binary">
      <p>
        <span>
          {binarySummary(bytes)}
          {contentType ? `, ${contentType}` : ''}
        </span>{' '}
        <button
          type="button"
          className="btn btn-sm"
          aria-label={`Download ${label}`}
          onClick={() =>
            downloadBytes(
              bytes,
              downloadName(fileName, contentType),
              contentType || 'application/octet-stream',
            )
          }
        >
          Download
        </button>
      </p>
      {bytes.length > 0 && (
        <pre className="tenant-pre" aria-label={`First bytes of the ${label} (hex)`}>
          {hexDump(bytes, PREVIEW_BYTES)}
        </pre>
      )}
    </div>
  );
}
