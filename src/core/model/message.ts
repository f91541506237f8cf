/** The runtime message that travels through a flow (engine, sandbox, tenant). */
export interface Message {
  body: unknown;
  headers: Record<string, unknown>;
  properties: Record<string, unknown>;
}

export interface LogLine {
  level: string;
  text: string;
}

export interface MessageLogData {
  properties: Record<string, string>;
  attachments: { name: string; type: string; content: string }[];
}
