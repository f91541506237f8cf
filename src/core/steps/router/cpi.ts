import type { CpiLink, CpiStepCodec } from '../../registry/cpiCodec';
import { routeOf, type RouterConfig } from './config';

/**
 * Router: an exclusiveGateway (older exports carry no activityType). Each route's condition is
 * the outgoing sequence flow's conditionExpression with its `expressionType` (XML or NonXML);
 * the default route is the gateway's `default` attribute. `throwException` is CPI's
 * "raise an error when no condition matches".
 */
export const routerCpi: CpiStepCodec<RouterConfig> = {
  element: 'exclusiveGateway',
  activityType: 'ExclusiveGateway',
  inferFromElement: true,
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::ExclusiveGateway/version::1.1.2',
  componentVersion: '1.1',
  read: (props) => ({
    noMatch: props.str('throwException') === 'true' ? 'error' : 'default',
    routeOrder: [],
    namespaceMapping: '',
  }),
  write: (c) => ({ throwException: c.noMatch === 'error' ? 'true' : 'false' }),
  link: {
    read: (link) => ({
      expressionType: link.props.expressionType === 'XML' ? 'XML' : 'NonXML',
      condition: (link.condition ?? '').trim(),
      isDefault: link.isDefault,
    }),
    write: (config): Omit<CpiLink, 'name'> => {
      const route = routeOf(config);
      return route.isDefault
        ? { props: {}, isDefault: true }
        : {
            props: { expressionType: route.expressionType },
            condition: route.condition,
            isDefault: false,
          };
    },
  },
};
