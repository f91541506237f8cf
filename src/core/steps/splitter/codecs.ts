import { splitterCamel } from './camel';
import type { SplitKind } from './config';
import { splitterCpi } from './cpi';

/** A splitter kind's CPI and Camel codecs: a chunk of their own, loaded on first use. */
export const splitterCodecs = (kind: SplitKind) => ({
  cpi: splitterCpi(kind),
  camel: splitterCamel(kind),
});
