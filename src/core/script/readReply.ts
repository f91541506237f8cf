import type { LogLine, MessageLogData } from '../model/message';
import type { RawError } from './scriptError';

/** What the prelude's runMessage returns, checked field by field: the host trusts no shape. */
export interface SandboxReply {
  ok: boolean;
  message?: {
    body: unknown;
    headers: Record<string, unknown>;
    properties: Record<string, unknown>;
  };
  error?: RawError;
  logs: LogLine[];
  messageLog: MessageLogData & { customHeaderProperties: { name: string; value: string }[] };
  dirty: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(v)) for (const [k, x] of Object.entries(v)) out[k] = String(x);
  return out;
}

function list<T>(v: unknown, pick: (item: Record<string, unknown>) => T): T[] {
  return Array.isArray(v) ? v.filter(isRecord).map(pick) : [];
}

export function readReply(json: string): SandboxReply {
  const data: unknown = JSON.parse(json);
  if (!isRecord(data)) throw new Error('Sandbox reply is not an object');
  const log = isRecord(data.messageLog) ? data.messageLog : {};
  const reply: SandboxReply = {
    ok: data.ok === true,
    logs: list(data.logs, (l) => ({ level: String(l.level), text: String(l.text) })),
    messageLog: {
      properties: strings(log.properties),
      attachments: list(log.attachments, (a) => ({
        name: String(a.name),
        type: String(a.type),
        content: String(a.content),
      })),
      customHeaderProperties: list(log.customHeaderProperties, (h) => ({
        name: String(h.name),
        value: String(h.value),
      })),
    },
    dirty: data.dirty === true,
  };
  if (isRecord(data.message)) {
    const m = data.message;
    reply.message = {
      body: m.body ?? null,
      headers: isRecord(m.headers) ? m.headers : {},
      properties: isRecord(m.properties) ? m.properties : {},
    };
  }
  if (isRecord(data.error)) reply.error = data.error;
  return reply;
}
