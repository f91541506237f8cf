import { lazyCodecs } from '../../registry/lazyCodecs';
import { defineStepType } from '../../registry/types';
import { parseStepConfig } from '../../io/zodIssues';
import type { Problem } from '../../validation/problem';
import { bodyText } from '../../expression';
import { stepProblem } from '../../engine/stepProblem';
import { parseNamespaceMapping } from '../../expression';
import { jsonToXmlConfigSchema, type JsonToXmlConfig } from './config';
import { lazyModule } from '../../registry/lazyModule';

const converter = lazyModule(() => import('./jsonToXml'));

/** JSON to XML Converter: members become elements, "@x" attributes, "$" text. */
export const jsonToXmlType = defineStepType<JsonToXmlConfig>({
  type: 'jsonToXml',
  label: 'JSON to XML Converter',
  description: 'Converts a JSON body to XML',
  group: 'Steps',
  category: 'Transformation',
  shape: 'task',
  icon: 'M5 6c-2 0-2 2-2 3s-1 3-2 3c1 0 2 2 2 3s0 3 2 3 M9 12h3 M15 8l-3 4 3 4 M21 8l3 4-3 4',
  size: { width: 120, height: 64 },
  defaultName: 'JSON to XML Converter',
  defaultConfig: () => ({
    addRootElement: false,
    rootElementName: 'root',
    rootNamespace: '',
    useNamespaceMapping: false,
    namespaceMapping: '',
    jsonPrefixSeparator: ':',
  }),
  configSchema: jsonToXmlConfigSchema,
  form: [
    {
      title: 'Processing',
      fields: [
        { key: 'addRootElement', label: 'Add XML Root Element', kind: 'checkbox' },
        {
          key: 'rootElementName',
          label: 'Name',
          kind: 'text',
          required: true,
          visibleWhen: (c) => c.addRootElement === true,
        },
        {
          key: 'rootNamespace',
          label: 'Namespace',
          kind: 'text',
          visibleWhen: (c) => c.addRootElement === true,
        },
        { key: 'useNamespaceMapping', label: 'Use Namespace Mapping', kind: 'checkbox' },
        {
          key: 'namespaceMapping',
          label: 'Namespace Mapping (prefix=uri, one per line)',
          kind: 'textarea',
          visibleWhen: (c) => c.useNamespaceMapping === true,
        },
        {
          key: 'jsonPrefixSeparator',
          label: 'JSON Prefix Separator',
          kind: 'select',
          options: [':', '_', '-', '.'].map((s) => ({ value: s, label: s })),
          visibleWhen: (c) => c.useNamespaceMapping === true,
        },
      ],
    },
  ],
  connections: { maxOutgoing: 1 },
  validate: (step) => {
    const c = step.config as Partial<JsonToXmlConfig>;
    const problems: Problem[] = [];
    if (c.addRootElement && !/^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/.test(c.rootElementName ?? ''))
      problems.push(
        stepProblem(step, 'the root element name is not a valid XML name', 'rootElementName'),
      );
    if (c.useNamespaceMapping)
      for (const e of parseNamespaceMapping(c.namespaceMapping ?? '').errors)
        problems.push(stepProblem(step, e, 'namespaceMapping'));
    return problems;
  },
  execute: async (ctx, message) => {
    const parsed = parseStepConfig(jsonToXmlConfigSchema, ctx.step.config);
    if (!parsed.ok) return { message, error: parsed.error };
    try {
      const config = parsed.config;
      // Lazy: the converter loads the first time a flow converts JSON, not with the editor.
      const { jsonToXml } = await converter();
      message.body = jsonToXml(bodyText(message.body), config);
      return { message };
    } catch (e) {
      const err = e as Error;
      return { message, error: { type: err.name, message: err.message } };
    }
  },
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
