import { lazyCodecs } from '../../registry/lazyCodecs';
import { bodyText } from '../../expression/bodyText';
import * as z from 'zod/mini';
import { defineStepType } from '../../registry/types';
import { syntaxErrorOf } from '../../script/syntaxChecker';
import { DEFAULT_FUNCTION } from '../../script/template';

export const scriptConfigSchema = z.strictObject({
  /** Name of a script resource of the flow, e.g. "script1.js". Empty: none chosen yet. */
  scriptFile: z.string().check(z.maxLength(200)),
  /** Function to call; empty means processData. */
  functionName: z.string().check(z.maxLength(200)),
});

export type ScriptConfig = z.infer<typeof scriptConfigSchema>;

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** Script step (JavaScript), calling `processData(message)` in the sandbox. */
export const scriptType = defineStepType<ScriptConfig>({
  type: 'script',
  label: 'Script',
  description: 'JavaScript script that reads and changes the message',
  group: 'Steps',
  category: 'Transformation',
  shape: 'task',
  icon: 'M8 6l-6 6 6 6M16 6l6 6-6 6M14 4l-4 16',
  size: { width: 120, height: 64 },
  defaultName: 'Script',
  defaultConfig: () => ({ scriptFile: '', functionName: '' }),
  configSchema: scriptConfigSchema,
  form: [
    {
      title: 'Processing',
      fields: [
        { key: 'scriptFile', label: 'Script File', kind: 'script', required: true },
        {
          key: 'functionName',
          label: 'Script Function',
          kind: 'text',
          placeholder: DEFAULT_FUNCTION,
          help: 'Empty means processData',
        },
      ],
    },
  ],
  connections: { maxOutgoing: 1 },
  validate: (step, flow) => {
    const config = step.config as Partial<ScriptConfig>;
    const problems = [];
    const file = config.scriptFile ?? '';
    const script = file ? flow.resources.scripts.find((s) => s.name === file) : undefined;
    if (!file) {
      problems.push({
        severity: 'error' as const,
        message: `${step.name}: no script file is assigned`,
        elementId: step.id,
        elementKind: 'step' as const,
        field: 'scriptFile',
      });
    } else if (!script) {
      problems.push({
        severity: 'error' as const,
        message: `${step.name}: script file "${file}" does not exist in the flow's resources`,
        elementId: step.id,
        elementKind: 'step' as const,
        field: 'scriptFile',
      });
    }
    const syntax = script ? syntaxErrorOf(script.content, script.language) : null;
    if (syntax) {
      problems.push({
        severity: 'error' as const,
        message: `${step.name}: syntax error in ${file}, line ${syntax.line}, column ${syntax.column}: ${syntax.message}`,
        elementId: step.id,
        elementKind: 'step' as const,
        line: syntax.line,
        column: syntax.column,
      });
    }
    const fn = config.functionName ?? '';
    if (fn && !IDENT.test(fn)) {
      problems.push({
        severity: 'error' as const,
        message: `${step.name}: "${fn}" is not a valid function name`,
        elementId: step.id,
        elementKind: 'step' as const,
        field: 'functionName',
      });
    }
    return problems;
  },
  execute: async (ctx, message, config) => {
    const file = config.scriptFile;
    const resource = ctx.flow.resources.scripts.find((s) => s.name === file);
    if (!resource) {
      return {
        message,
        error: { type: 'ConfigurationError', message: `Script file "${file}" not found` },
      };
    }
    const result = await ctx.runScript({
      source: resource.content,
      language: resource.language === 'groovy' ? 'groovy' : 'javascript',
      functionName: config.functionName || DEFAULT_FUNCTION,
      // A binary body (ZIP, decoded bytes) reaches a script as its UTF-8 text: the sandbox's
      // messages are JSON, which has no bytes.
      message:
        message.body instanceof Uint8Array ? { ...message, body: bodyText(message.body) } : message,
      fileName: resource.name,
      limits: {
        timeMs: ctx.flow.settings.limits.scriptTimeMs,
        memoryBytes: ctx.flow.settings.limits.scriptMemoryMb * 1024 * 1024,
      },
    });
    return {
      message: result.message,
      logs: result.logs,
      messageLog: result.messageLog,
      ...(result.error ? { error: result.error } : {}),
    };
  },
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
