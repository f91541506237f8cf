import type { Message } from '../model/message';
import { runScript } from './runScript';
import type { RunScriptResult } from './types';

/** Test helper: run `processData` on a message (defaults: empty body, no headers/properties). */
export function runOn(
  source: string,
  message: Partial<Message> = {},
  limits?: { timeMs?: number; memoryBytes?: number },
): Promise<RunScriptResult> {
  return runScript({
    source,
    fileName: 'script1.js',
    message: {
      body: message.body ?? '',
      headers: message.headers ?? {},
      properties: message.properties ?? {},
    },
    ...(limits ? { limits } : {}),
  });
}

/** Wrap statements in processData(message) … return message. */
export function body(statements: string): string {
  return `function processData(message) {\n${statements}\n  return message;\n}\n`;
}
