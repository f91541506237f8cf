import { lazyCodecs } from '../../registry/lazyCodecs';
import { defineStepType } from '../../registry/types';
import { routeOf, routerConfigSchema, type RouterConfig } from './config';
import { validateRouter } from './validateRouter';
import { lazyModule } from '../../registry/lazyModule';
import { prunedRouteOrder } from '../../model/routeOrder';

const evaluation = lazyModule(() => import('./executeRouter'));

/**
 * Router (exclusive gateway). Each outgoing sequence flow is a route; its condition lives in the
 * link's config (see routeConfigSchema), edited through `linkForm`; the route's name is the
 * sequence flow's own name (edited with the link's Name field).
 */
export const routerType = defineStepType<RouterConfig>({
  type: 'router',
  label: 'Router',
  description: 'Sends the message down the first route whose condition holds',
  group: 'Steps',
  category: 'Routing',
  shape: 'gateway',
  icon: 'M12 3l9 9-9 9-9-9z M9 9l6 6 M15 9l-6 6',
  size: { width: 56, height: 56 },
  defaultName: 'Router',
  defaultConfig: () => ({ noMatch: 'default', routeOrder: [], namespaceMapping: '' }),
  configSchema: routerConfigSchema,
  form: [
    {
      title: 'Processing',
      fields: [
        {
          key: 'noMatch',
          label: 'When no condition matches',
          kind: 'select',
          options: [
            { value: 'default', label: 'Take the default route' },
            { value: 'error', label: 'Throw exception' },
          ],
        },
        {
          key: 'routeOrder',
          label: 'Route Order',
          kind: 'routeOrder',
          help: 'Routes are tried from the top; the first whose condition holds is taken',
          describe: (c) => {
            const route = routeOf(c);
            return route.isDefault ? 'Default route' : route.condition || '(no condition)';
          },
        },
        {
          key: 'namespaceMapping',
          label: 'Namespace Mapping for XML conditions (prefix=uri, one per line)',
          kind: 'textarea',
          rows: 3,
          help: "Adds to the Integration Process's Namespace Mapping",
        },
      ],
    },
  ],
  linkForm: [
    {
      title: 'Route',
      fields: [
        {
          key: 'expressionType',
          label: 'Expression Type',
          kind: 'select',
          options: [
            { value: 'NonXML', label: 'Non-XML' },
            { value: 'XML', label: 'XML' },
          ],
        },
        {
          key: 'condition',
          label: 'Condition',
          kind: 'textarea',
          rows: 3,
          placeholder: "${header.type} = 'A' and ${property.n} > 5",
          visibleWhen: (c) => c.isDefault !== true,
        },
        { key: 'isDefault', label: 'Default Route', kind: 'checkbox' },
      ],
    },
  ],
  // Any number of outgoing routes.
  connections: {},
  validate: validateRouter,
  repair: (step, flow, config) => {
    const pruned = prunedRouteOrder(flow, step, config.routeOrder);
    return (
      pruned && {
        config: { ...config, routeOrder: pruned.kept },
        warnings: [
          `routeOrder of Router "${step.name}" named ${pruned.dropped.map((d) => `"${d}"`).join(', ')}, not among its outgoing links; removed`,
        ],
      }
    );
  },
  // Lazy: condition evaluation (and XPath) loads with the first run, not with the editor.
  execute: async (ctx, message) => (await evaluation()).executeRouter(ctx, message),
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
