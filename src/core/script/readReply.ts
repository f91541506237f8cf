import type { LogLine, MessageLogData } from '../model/message';
import type { RawError } from './scriptError';

/** What the prelude's runMessage returns, checked field by field: the host trusts no shape. */
export interface SandboxReply {
  ok: boolean;
  /** Headers / properties are absent when the script never touched them (the input stands). */
  message?: {
    body: unknown;
    headers?: Record<string, unknown>;
    properties?: Record<string, unknown>;
  };
  error?: RawError;
  logs: LogLine[];
  messageLog: MessageLogData & { customHeaderProperties: { name: string; value: string }[] };
  /** False when the message changed the realm in a way the prelude could not undo. */
  clean: boolean;
  /** The function returned a Promise. */
  asyncResult: boolean;
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

const EMPTY_LOG = (): SandboxReply['messageLog'] => ({
  properties: {},
  attachments: [],
  customHeaderProperties: [],
});

function unreadable(detail: string): SandboxReply {
  return {
    ok: false,
    error: {
      type: 'TypeError',
      message: `The script's result could not be read (${detail}); was a built-in such as Object.prototype.toJSON changed?`,
    },
    logs: [],
    messageLog: EMPTY_LOG(),
    clean: false,
    asyncResult: false,
  };
}

/**
 * Read the reply string: "S" + body (text body, nothing else changed) or "J" + JSON. Never throws:
 * whatever the sandbox hands back, the host gets a well-formed reply or an error reply.
 */
export function readReply(text: string): SandboxReply {
  if (text.charCodeAt(0) === 83 /* S */) {
    return {
      ok: true,
      message: { body: text.slice(1) },
      logs: [],
      messageLog: EMPTY_LOG(),
      clean: true,
      asyncResult: false,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.slice(1));
  } catch {
    return unreadable('not JSON');
  }
  if (text.charCodeAt(0) !== 74 /* J */ || !isRecord(data)) return unreadable('not an object');
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
    clean: data.dirty !== true,
    asyncResult: data.async === true,
  };
  if (isRecord(data.message)) {
    const m = data.message;
    reply.message = { body: m.body ?? null };
    if (m.headers !== undefined) reply.message.headers = isRecord(m.headers) ? m.headers : {};
    if (m.properties !== undefined)
      reply.message.properties = isRecord(m.properties) ? m.properties : {};
  } else if (reply.ok) {
    return unreadable('no message');
  }
  if (isRecord(data.error)) reply.error = data.error;
  return reply;
}
