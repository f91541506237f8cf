import type { CpiStepCodec } from '../../registry/cpiCodec';
import { FILTER_VALUE_TYPES, type FilterConfig } from './config';

/**
 * Filter: CPI keeps the XPath in `wrapContent` and the value type in `xpathType` (versions
 * 1.0.4 and 1.1.0, and older content with no version, write the same two properties).
 */
export const filterCpi: CpiStepCodec<FilterConfig> = {
  element: 'callActivity',
  activityType: 'Filter',
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::Filter/version::1.1.0',
  componentVersion: '1.1',
  read: (p) => {
    const type = p.str('xpathType', 'Nodelist');
    const known = FILTER_VALUE_TYPES.find((t) => t.toLowerCase() === type.toLowerCase());
    return { xpathExpression: p.str('wrapContent'), valueType: known ?? 'Nodelist' };
  },
  write: (c) => ({ xpathType: c.valueType, wrapContent: c.xpathExpression }),
};
