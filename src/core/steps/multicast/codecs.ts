import { multicastCamel } from './camel';
import type { MulticastKind } from './config';
import { multicastCpi } from './cpi';

/** A multicast kind's CPI and Camel codecs: a chunk of their own, loaded on first use. */
export const multicastCodecs = (kind: MulticastKind) => ({
  cpi: multicastCpi(kind),
  camel: multicastCamel(kind),
});
