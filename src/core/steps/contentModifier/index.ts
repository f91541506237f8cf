import { lazyCodecs } from '../../registry/lazyCodecs';
import { defineStepType } from '../../registry/types';
import { parseStepConfig } from '../../io/zodIssues';
import type { FieldSpec } from '../../registry/types';
import { applyContentModifier, type ModifierEnv } from './applyContentModifier';
import {
  contentModifierConfigSchema,
  DATA_TYPES,
  newModifierRow,
  readsVariable,
  readsXPath,
  type ContentModifierConfig,
} from './config';
import { loadXPathEngine, parseNamespaceMapping } from '../../expression';
import { validateContentModifier } from './validateContentModifier';
import { lazyModule } from '../../registry/lazyModule';
import type { LogLine } from '../../model/message';

/** What Source Value holds for each Source Type (its placeholder in the row). */
const VALUE_HINTS: Record<string, string> = {
  Header: 'header name',
  Property: 'property name',
  Expression: '${header.id}',
  XPath: '/order/id',
  LocalVariable: 'variable name',
  GlobalVariable: 'variable name',
};

const variables = lazyModule(() => import('./readVariables'));

const rowColumns: FieldSpec[] = [
  {
    key: 'action',
    label: 'Action',
    kind: 'select',
    options: [
      { value: 'Create', label: 'Create' },
      { value: 'Delete', label: 'Delete' },
    ],
  },
  { key: 'name', label: 'Name', kind: 'text', required: true },
  {
    key: 'sourceType',
    label: 'Source Type',
    kind: 'select',
    options: [
      ...['Constant', 'Header', 'Property', 'Expression', 'XPath'].map((v) => ({
        value: v,
        label: v,
      })),
      { value: 'LocalVariable', label: 'Local Variable' },
      { value: 'GlobalVariable', label: 'Global Variable' },
    ],
    visibleWhen: (row) => row.action !== 'Delete',
  },
  {
    key: 'sourceValue',
    label: 'Source Value',
    kind: 'text',
    help: "Expression: Camel Simple, e.g. ${header.id}; XPath: over the XML body, e.g. /order/id; Local or Global Variable: the variable's name, as Write Variables keeps it",
    rowPlaceholder: (row) => VALUE_HINTS[String(row.sourceType)] ?? '',
    visibleWhen: (row) => row.action !== 'Delete',
  },
  {
    key: 'dataType',
    label: 'Data Type',
    kind: 'select',
    options: DATA_TYPES.map((v) => ({ value: v, label: v })),
    visibleWhen: (row) => row.action !== 'Delete',
  },
  { key: 'default', label: 'Default', kind: 'text', visibleWhen: (row) => row.action !== 'Delete' },
];

/** Content Modifier: creates or deletes headers and properties and sets the body. */
export const contentModifierType = defineStepType<ContentModifierConfig>({
  type: 'contentModifier',
  label: 'Content Modifier',
  description: 'Sets message headers, exchange properties and the message body',
  group: 'Steps',
  category: 'Transformation',
  shape: 'task',
  icon: 'M4 4h16v16H4z M8 9h8 M8 13h8 M8 17h5',
  size: { width: 120, height: 64 },
  defaultName: 'Content Modifier',
  defaultConfig: () => ({ headers: [], properties: [], bodyType: 'Constant', bodyValue: '' }),
  configSchema: contentModifierConfigSchema,
  form: [
    {
      title: 'Message Header',
      fields: [
        {
          key: 'headers',
          label: 'Headers',
          kind: 'table',
          columns: rowColumns,
          newRow: newModifierRow,
        },
      ],
    },
    {
      title: 'Exchange Property',
      fields: [
        {
          key: 'properties',
          label: 'Properties',
          kind: 'table',
          columns: rowColumns,
          newRow: newModifierRow,
        },
      ],
    },
    {
      title: 'Message Body',
      fields: [
        {
          key: 'bodyType',
          label: 'Type',
          kind: 'select',
          options: [
            { value: 'Constant', label: 'Constant' },
            { value: 'Expression', label: 'Expression' },
          ],
        },
        {
          key: 'bodyValue',
          label: 'Body',
          kind: 'textarea',
          rows: 10,
          help: 'Empty leaves the body unchanged',
        },
      ],
    },
  ],
  connections: { maxOutgoing: 1 },
  validate: (step, flow) => validateContentModifier(step, flow),
  execute: async (ctx, message) => {
    const parsed = parseStepConfig(contentModifierConfigSchema, ctx.step.config);
    if (!parsed.ok) return { message, error: parsed.error };
    try {
      const config = parsed.config;
      const env: ModifierEnv = { now: ctx.now, camelId: ctx.camelId, exchangeId: ctx.exchangeId };
      // The XPath engine is heavy and lazy: it loads for a step with an XPath row only.
      if (config.headers.some(readsXPath) || config.properties.some(readsXPath)) {
        const { evaluateXPathString } = await loadXPathEngine();
        const namespaces = parseNamespaceMapping(ctx.flow.settings.namespaceMapping ?? '').map;
        env.xpath = (xml, expression) => evaluateXPathString(xml, expression, namespaces);
      }
      let logs: LogLine[] | undefined;
      // Variables live in a store (async); the rows read them first, through a small lazy module.
      const reading = [
        ...config.headers.filter(readsVariable).map((row) => ({ what: 'header', row })),
        ...config.properties.filter(readsVariable).map((row) => ({ what: 'property', row })),
      ];
      if (reading.length) {
        const read = await (await variables()).readVariables(ctx, reading);
        env.variable = read.lookup;
        logs = read.logs;
      }
      return { message: applyContentModifier(config, message, env), logs };
    } catch (e) {
      const err = e as Error;
      return { message, error: { type: err.name, message: err.message } };
    }
  },
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
