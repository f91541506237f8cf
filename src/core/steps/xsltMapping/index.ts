import { lazyCodecs } from '../../registry/lazyCodecs';
import { defineStepType } from '../../registry/types';
import { bodyText } from '../../expression';
import { stepProblem } from '../../engine/stepProblem';
import { lazyModule } from '../../registry/lazyModule';
import { isJsonScalar, type Message } from '../../model/message';
import type { Flow } from '../../model/flow';
import { xsltMappingConfigSchema, type XsltMappingConfig } from './config';
import { fileText, findStylesheet } from './resources';

const engine = lazyModule(() => import('./xslt'));

type Found = { text: string; fileName: string } | { error: string };

/** The stylesheet a run uses: the flow's resource, or what the named header says. */
function stylesheetOf(flow: Flow, config: XsltMappingConfig, message: Message): Found {
  let name = config.mappingFile;
  if (config.source === 'header') {
    const value = message.headers[config.headerName];
    if (value === undefined || value === null || value === '')
      return { error: `the header "${config.headerName}" that names the stylesheet is not set` };
    const text = String(value);
    if (text.trimStart().startsWith('<')) return { text, fileName: `header ${config.headerName}` };
    if (/^pd:/i.test(text))
      return {
        error: `the header "${config.headerName}" names a Partner Directory entry (${text}); the Partner Directory is not simulated`,
      };
    name = text;
  }
  if (!name.trim()) return { error: 'no stylesheet is assigned (its Resource is empty)' };
  const file = findStylesheet(flow, name);
  if (!file) return { error: `stylesheet "${name}" is not a resource of the flow (mapping/)` };
  return { text: fileText(file), fileName: file.path.replace(/^.*\//, '') };
}

/** Headers and exchange properties as CPI hands them to the stylesheet: xsl:param by name. */
function paramsOf(message: Message): Record<string, string> {
  const out: Record<string, string> = {};
  for (const source of [message.properties, message.headers])
    for (const [k, v] of Object.entries(source))
      if (isJsonScalar(v) && v !== null && /^[A-Za-z_][\w.-]*$/.test(k)) out[k] = String(v);
  return out;
}

/** CPI's XSLT Mapping: runs an XSLT stylesheet on the XML body. */
export const xsltMappingType = defineStepType<XsltMappingConfig>({
  type: 'xsltMapping',
  label: 'XSLT Mapping',
  description: 'Transforms an XML body with an XSLT stylesheet',
  group: 'Steps',
  category: 'Mapping',
  shape: 'task',
  icon: 'M4 4h10l4 4v12H4z M14 4v4h4 M7 12l2 2-2 2 M11 16h4',
  size: { width: 120, height: 64 },
  defaultName: 'XSLT Mapping',
  defaultConfig: () => ({
    source: 'iflow',
    mappingFile: '',
    headerName: '',
    outputFormat: 'String',
  }),
  configSchema: xsltMappingConfigSchema,
  form: [
    {
      title: 'Processing',
      fields: [
        {
          key: 'source',
          label: 'Source',
          kind: 'select',
          options: [
            { value: 'iflow', label: 'Integration Flow' },
            { value: 'header', label: 'Header' },
          ],
        },
        {
          key: 'mappingFile',
          label: 'Resource',
          kind: 'stylesheet',
          required: true,
          visibleWhen: (c) => c.source !== 'header',
        },
        {
          key: 'headerName',
          label: 'Header Name',
          kind: 'text',
          required: true,
          help: 'The header names a stylesheet of the flow, or holds the stylesheet itself',
          visibleWhen: (c) => c.source === 'header',
        },
        {
          key: 'outputFormat',
          label: 'Output Format',
          kind: 'select',
          options: [
            { value: 'String', label: 'String' },
            { value: 'Bytes', label: 'Bytes' },
          ],
        },
      ],
    },
  ],
  connections: { maxOutgoing: 1 },
  validate: (step, flow) => {
    const c = step.config as Partial<XsltMappingConfig>;
    if (c.source === 'header')
      return c.headerName?.trim()
        ? []
        : [stepProblem(step, 'enter the header that names the stylesheet', 'headerName')];
    if (!c.mappingFile?.trim())
      return [stepProblem(step, 'no stylesheet is assigned', 'mappingFile')];
    const file = findStylesheet(flow, c.mappingFile);
    if (!file)
      return [
        stepProblem(
          step,
          `stylesheet "${c.mappingFile}" does not exist in the flow's resources (mapping/)`,
          'mappingFile',
        ),
      ];
    return /<([\w.-]+:)?(stylesheet|transform)\b/.test(fileText(file))
      ? []
      : [
          stepProblem(
            step,
            `${c.mappingFile} is not an XSLT stylesheet (no xsl:stylesheet element)`,
            'mappingFile',
          ),
        ];
  },
  execute: async (ctx, message, config) => {
    const found = stylesheetOf(ctx.flow, config, message);
    if ('error' in found)
      return { message, error: { type: 'ConfigurationError', message: found.error } };
    try {
      const { runXslt } = await engine();
      message.body = await runXslt({
        stylesheet: found.text,
        fileName: found.fileName,
        input: bodyText(message.body),
        params: paramsOf(message),
        resolve: (href) => {
          const file = findStylesheet(ctx.flow, href);
          return file && fileText(file);
        },
      });
      return { message };
    } catch (e) {
      const err = e as Error & { line?: number; column?: number };
      return {
        message,
        error: {
          type: err.name,
          message: err.message,
          ...(err.line !== undefined ? { line: err.line } : {}),
          ...(err.column !== undefined ? { column: err.column } : {}),
        },
      };
    }
  },
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
