import { lazyCodecs } from '../../registry/lazyCodecs';
import { defineStepType } from '../../registry/types';
import { parseStepConfig } from '../../io/zodIssues';
import { bodyText } from '../../expression';
import { stepProblem } from '../../engine/stepProblem';
import { xmlToJsonConfigSchema, type XmlToJsonConfig } from './config';
import { lazyModule } from '../../registry/lazyModule';

const converter = lazyModule(() => import('./xmlToJson'));

/** XML to JSON Converter: the body becomes JSON (headers untouched, as in CPI). */
export const xmlToJsonType = defineStepType<XmlToJsonConfig>({
  type: 'xmlToJson',
  label: 'XML to JSON Converter',
  description: 'Converts an XML body to JSON',
  group: 'Steps',
  category: 'Transformation',
  shape: 'task',
  icon: 'M3 8l3 4-3 4 M9 16h3 M15 6c-2 0-2 2-2 3s-1 3-2 3c1 0 2 2 2 3s0 3 2 3 M19 6c2 0 2 2 2 3s1 3 2 3',
  size: { width: 120, height: 64 },
  defaultName: 'XML to JSON Converter',
  defaultConfig: () => ({ arrayMode: 'auto', arrayElements: '', suppressRootElement: false }),
  configSchema: xmlToJsonConfigSchema,
  form: [
    {
      title: 'Processing',
      fields: [
        {
          key: 'arrayMode',
          label: 'Arrays',
          kind: 'select',
          options: [
            { value: 'auto', label: 'Repeated elements become arrays' },
            { value: 'all', label: 'All elements as arrays' },
            { value: 'specific', label: 'Specific elements as arrays' },
          ],
        },
        {
          key: 'arrayElements',
          label: 'Elements always converted to arrays (one per line, /root/item or item)',
          kind: 'textarea',
          visibleWhen: (c) => c.arrayMode === 'specific',
        },
        { key: 'suppressRootElement', label: 'Suppress JSON Root Element', kind: 'checkbox' },
      ],
    },
  ],
  connections: { maxOutgoing: 1 },
  validate: (step) => {
    const c = step.config as Partial<XmlToJsonConfig>;
    return c.arrayMode === 'specific' && !c.arrayElements?.trim()
      ? [stepProblem(step, 'list at least one element to convert to an array', 'arrayElements')]
      : [];
  },
  execute: async (ctx, message) => {
    const parsed = parseStepConfig(xmlToJsonConfigSchema, ctx.step.config);
    if (!parsed.ok) return { message, error: parsed.error };
    try {
      const config = parsed.config;
      // Lazy: the XML parser is loaded the first time a flow converts XML, not with the editor.
      const { xmlToJson } = await converter();
      message.body = xmlToJson(bodyText(message.body), config);
      return { message };
    } catch (e) {
      const err = e as Error;
      return { message, error: { type: err.name, message: err.message } };
    }
  },
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
