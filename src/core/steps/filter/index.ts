import { lazyCodecs } from '../../registry/lazyCodecs';
import { defineStepType } from '../../registry/types';
import { parseStepConfig } from '../../io/zodIssues';
import { bodyText, loadXPathEngine, parseNamespaceMapping } from '../../expression';
import { filterConfigSchema, FILTER_VALUE_TYPES, type FilterConfig } from './config';
import { validateFilter } from './validateFilter';

const scalar = (v: unknown) =>
  v === undefined || v === null
    ? undefined
    : typeof v === 'number' || typeof v === 'boolean'
      ? v
      : bodyText(v);

/** Filter: keeps what an XPath selects from the XML body (a node, nodes or a value). */
export const filterType = defineStepType<FilterConfig>({
  type: 'filter',
  label: 'Filter',
  description: 'Keeps only what an XPath expression selects from the XML body',
  group: 'Steps',
  category: 'Transformation',
  shape: 'task',
  icon: 'M3 5h18l-7 8v6l-4 2v-8z',
  size: { width: 120, height: 64 },
  defaultName: 'Filter',
  defaultConfig: () => ({ xpathExpression: '', valueType: 'Nodelist' }),
  configSchema: filterConfigSchema,
  form: [
    {
      title: 'Processing',
      fields: [
        {
          key: 'xpathExpression',
          label: 'XPath Expression',
          kind: 'text',
          placeholder: '/Orders/Order[Status = "open"]',
          help: "Prefixes come from the Integration Process's Namespace Mapping",
        },
        {
          key: 'valueType',
          label: 'Value Type',
          kind: 'select',
          options: FILTER_VALUE_TYPES.map((t) => ({ value: t, label: t })),
        },
      ],
    },
  ],
  connections: { maxOutgoing: 1 },
  validate: validateFilter,
  execute: async (ctx, message) => {
    const parsed = parseStepConfig(filterConfigSchema, ctx.step.config);
    if (!parsed.ok) return { message, error: parsed.error };
    try {
      const config = parsed.config;
      // Lazy: the XPath engine loads with the first run, not with the editor.
      const { filterXml } = await loadXPathEngine();
      const namespaces = parseNamespaceMapping(ctx.flow.settings.namespaceMapping ?? '').map;
      // `$name` reads a header, else an exchange property (Camel's XPath variables, as in CPI).
      const variables = (name: string) => scalar(message.headers[name] ?? message.properties[name]);
      const body = filterXml(
        bodyText(message.body),
        config.xpathExpression,
        config.valueType,
        namespaces,
        variables,
      );
      return { message: { ...message, body } };
    } catch (e) {
      const err = e as Error;
      return { message, error: { type: err.name, message: err.message } };
    }
  },
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
