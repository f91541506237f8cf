import type { CpiStepCodec } from '../../registry/cpiCodec';
import type { GatherConfig } from './config';

const ALGORITHMS: Record<string, GatherConfig['algorithm']> = {
  'concatenate-strategy': 'concatenate',
  'sap-identical-multi-mapping': 'combine',
  'sap-pi-multi-mapping': 'combine',
  'xpath-merge-strategy': 'combineAtXPath',
};

function algorithmOf(c: GatherConfig): string {
  if (c.algorithm === 'concatenate') return 'concatenate-strategy';
  if (c.algorithm === 'combineAtXPath') return 'xpath-merge-strategy';
  return c.messageType === 'DiffXMLFormat' ? 'sap-pi-multi-mapping' : 'sap-identical-multi-mapping';
}

/** Gather: a callActivity with activityType "Gather" (versions 1.0 to 1.2 read alike). */
export const gatherCpi: CpiStepCodec<GatherConfig> = {
  element: 'callActivity',
  activityType: 'Gather',
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::Gather/version::1.2.0',
  componentVersion: '1.2',
  read: (p) => {
    const type = p.str('messageType', 'PlainText');
    return {
      messageType: type === 'SameXMLFormat' || type === 'DiffXMLFormat' ? type : 'PlainText',
      algorithm: ALGORITHMS[p.str('aggregationAlgorithm')] ?? 'concatenate',
      sourceXPath: p.str('sourceXPath'),
      targetXPath: p.str('targetXPath'),
    };
  },
  write: (c) => ({
    messageType: c.messageType,
    aggregationAlgorithm: algorithmOf(c),
    sourceXPath: c.sourceXPath,
    targetXPath: c.targetXPath,
  }),
};
