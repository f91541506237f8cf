import type { CpiStepCodec } from '../../registry/cpiCodec';

/** A Local Integration Process is a bpmn2:process of its own with a participant and a pool. */
export const localProcessCpi: CpiStepCodec<Record<string, never>> = {
  element: 'process',
  cmdVariantUri: () => 'ctype::FlowElementVariant/cname::LocalIntegrationProcess/version::1.1.3',
  componentVersion: '1.1',
  read: () => ({}),
  write: () => ({}),
};
