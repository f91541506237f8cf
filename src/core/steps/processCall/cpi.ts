import type { CpiStepCodec } from '../../registry/cpiCodec';
import type { ProcessCallConfig } from './index';

/** Process Call: `processId` names the Local Integration Process's bpmn2:process. */
export const processCallCpi: CpiStepCodec<ProcessCallConfig> = {
  element: 'callActivity',
  activityType: 'ProcessCallElement',
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::NonLoopingProcess/version::1.0.4',
  componentVersion: '1.0',
  read: (props) => ({ processId: props.str('processId') }),
  write: (c) => ({ processId: c.processId }),
};
