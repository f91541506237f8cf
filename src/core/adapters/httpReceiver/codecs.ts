import { httpReceiverCamel } from './camel';
import { httpReceiverCpi } from './cpi';

/** This adapter type's CPI and Camel codecs: a chunk of their own, loaded on first use. */
export const codecs = { cpi: httpReceiverCpi, camel: httpReceiverCamel };
