import type { CamelStepCodec } from '../../registry/camelCodec';
import type { CpiStepCodec } from '../../registry/cpiCodec';
import type { JoinConfig } from './index';

/** Join: a parallelGateway with activityType "Join" and no settings of its own. */
const joinCpi: CpiStepCodec<JoinConfig> = {
  element: 'parallelGateway',
  activityType: 'Join',
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::Join/version::1.0.0',
  componentVersion: '1.0',
  read: () => ({}),
  write: () => ({ subActivityType: 'parallel' }),
};

/** Written by the Multicast whose branches it joins (the end of each branch's pipeline). */
const joinCamel: CamelStepCodec<JoinConfig> = { write: () => [] };

/** The Join's CPI and Camel codecs: a chunk of their own, loaded on first use. */
export const codecs = { cpi: joinCpi, camel: joinCamel };
