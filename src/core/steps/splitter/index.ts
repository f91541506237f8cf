import { defineStepType, type FieldSpec } from '../../registry/types';
import { lazyModule } from '../../registry/lazyModule';
import { lazyCodecs } from '../../registry/lazyCodecs';
import { stepProblem } from '../../engine/stepProblem';
import { checkXPath } from '../../expression/checkXPath';
import { bodyText, evaluateText, parseNamespaceMapping } from '../../expression';
import type { Problem } from '../../validation/problem';
import type { Step } from '../../model/flow';
import {
  splitterConfigSchema,
  defaultSplitterConfig,
  type SplitKind,
  type SplitterConfig,
} from './config';

// Lazy: the XML libraries load with the first split, not with the editor.
const splitting = lazyModule(() => import('./splitBody'));

const ICON = 'M4 12h6 M10 12l8-6 M10 12l8 6 M10 12h10';

function fields(kind: SplitKind): FieldSpec[] {
  const types = [
    { value: 'XPath', label: 'XPath' },
    { value: 'Line Break', label: 'Line Break' },
    ...(kind === 'IteratingSplitter' ? [{ value: 'Token', label: 'Token' }] : []),
  ];
  const parallel = (c: Record<string, unknown>) => c.parallelProcessing === true;
  return [
    { key: 'exprType', label: 'Expression Type', kind: 'select', options: types },
    {
      key: 'xpath',
      label: 'XPath Expression',
      kind: 'text',
      placeholder: '/Orders/Order',
      required: true,
      visibleWhen: (c) => c.exprType === 'XPath',
    },
    {
      key: 'token',
      label: 'Token',
      kind: 'text',
      required: true,
      visibleWhen: (c) => c.exprType === 'Token',
    },
    {
      key: 'grouping',
      label: 'Grouping',
      kind: 'number',
      min: 1,
      help: 'Nodes or lines per split message',
    },
    { key: 'streaming', label: 'Streaming', kind: 'checkbox' },
    {
      key: 'parallelProcessing',
      label: 'Parallel Processing',
      kind: 'checkbox',
      help: 'The simulation runs the split messages one after the other',
    },
    {
      key: 'threads',
      label: 'Number of Concurrent Processes',
      kind: 'number',
      min: 1,
      max: 50,
      visibleWhen: parallel,
    },
    { key: 'timeout', label: 'Timeout (in s)', kind: 'number', min: 1, visibleWhen: parallel },
    { key: 'stopOnException', label: 'Stop On Exception', kind: 'checkbox' },
  ];
}

function validate(kind: SplitKind, s: Step): Problem[] {
  const c = s.config as Partial<SplitterConfig>;
  if (c.exprType === 'Token' && kind !== 'IteratingSplitter')
    return [stepProblem(s, 'the Token expression type is for the Iterating Splitter', 'exprType')];
  if (c.exprType === 'Token')
    return c.token
      ? []
      : [stepProblem(s, 'enter the Token that separates the split messages', 'token')];
  if (c.exprType !== 'XPath') return [];
  const xpath = c.xpath?.trim() ?? '';
  if (!xpath)
    return [stepProblem(s, 'enter the XPath Expression of the nodes to split at', 'xpath')];
  // ${property.x} and {{parameters}} are resolved when the step runs.
  if (/\$\{|\{\{/.test(xpath)) return [];
  const bad = checkXPath(xpath);
  return bad ? [stepProblem(s, bad, 'xpath')] : [];
}

function defineSplitter(kind: SplitKind, type: string, label: string, description: string) {
  return defineStepType<SplitterConfig>({
    type,
    label,
    description,
    group: 'Steps',
    category: 'Routing',
    shape: 'task',
    icon: ICON,
    size: { width: 120, height: 64 },
    defaultName: label,
    defaultConfig: defaultSplitterConfig,
    configSchema: splitterConfigSchema,
    forks: true,
    form: [{ title: 'Processing', fields: fields(kind) }],
    connections: { maxOutgoing: 1 },
    validate: (step) => validate(kind, step),
    execute: async (ctx, message, config) => {
      try {
        const { splitBody } = await splitting();
        const env = { now: ctx.now, camelId: ctx.camelId, exchangeId: ctx.exchangeId };
        const expression = config.xpath.includes('${')
          ? evaluateText(config.xpath, message, env)
          : config.xpath;
        const ns = parseNamespaceMapping(ctx.flow.settings.namespaceMapping ?? '').map;
        const bodies = splitBody(bodyText(message.body), config, kind, expression, ns);
        const size = bodies.length;
        return {
          message,
          fork: {
            kind: 'split',
            stopOnException: config.stopOnException,
            ...(config.parallelProcessing ? { timeoutMs: config.timeout * 1000 } : {}),
            // Camel's split properties, as CPI's split messages carry them.
            parts: bodies.map((body, i) => ({
              message: {
                body,
                headers: message.headers,
                properties: {
                  ...message.properties,
                  CamelSplitIndex: i,
                  CamelSplitSize: size,
                  CamelSplitComplete: i === size - 1,
                },
              },
            })),
          },
        };
      } catch (e) {
        const err = e as Error;
        return { message, error: { type: err.name, message: err.message } };
      }
    },
    codecs: lazyCodecs(async () => (await import('./codecs')).splitterCodecs(kind)),
  });
}

/** General Splitter: each split message keeps the enclosing elements of its nodes. */
export const generalSplitterType = defineSplitter(
  'GeneralSplitter',
  'generalSplitter',
  'General Splitter',
  'Splits the message into one message per node or line, each keeping its enclosing elements',
);

/** Iterating Splitter: each split message is its node (or line, or token-separated text) alone. */
export const iteratingSplitterType = defineSplitter(
  'IteratingSplitter',
  'iteratingSplitter',
  'Iterating Splitter',
  'Splits the message into one message per node, line or token, without enclosing elements',
);
