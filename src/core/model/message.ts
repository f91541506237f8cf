/** The runtime message that travels through a flow (engine, sandbox, tenant). */
export interface Message {
  body: unknown;
  headers: Record<string, unknown>;
  properties: Record<string, unknown>;
}

/**
 * A header, property or body value that JSON carries exactly: a string, a finite number, a
 * boolean or null. Messages made only of such values may cross a boundary as JSON text.
 */
export function isJsonScalar(v: unknown): v is string | number | boolean | null {
  return (
    v === null ||
    typeof v === 'string' ||
    typeof v === 'boolean' ||
    (typeof v === 'number' && Number.isFinite(v))
  );
}

export interface LogLine {
  level: string;
  text: string;
}

export interface MessageLogData {
  properties: Record<string, string>;
  attachments: { name: string; type: string; content: string }[];
}
