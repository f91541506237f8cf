import type { CpiStepCodec } from '../../registry/cpiCodec';
import type { XmlToJsonConfig } from './config';

export const xmlToJsonCpi: CpiStepCodec<XmlToJsonConfig> = {
  element: 'callActivity',
  activityType: 'XmlToJsonConverter',
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::XmlToJsonConverter/version::1.0.6',
  componentVersion: '1.0',
  read: (p) => {
    const all = p.str('xmlJsonConvertAllElements', 'auto');
    return {
      arrayMode: all === 'all' ? 'all' : all === 'specific' ? 'specific' : 'auto',
      arrayElements: p
        .str('xmlJsonPathTable')
        .split(/[;,\n]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .join('\n'),
      suppressRootElement: p.str('jsonOutputSuppressRoot') === 'true',
    };
  },
  write: (c) => ({
    xmlJsonConvertAllElements: c.arrayMode,
    xmlJsonPathTable: c.arrayElements.split(/\r?\n/).filter(Boolean).join(';'),
    jsonOutputSuppressRoot: String(c.suppressRootElement),
  }),
};
