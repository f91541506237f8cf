import { gatherCamel } from './camel';
import { gatherCpi } from './cpi';

/** This step type's CPI and Camel codecs: a chunk of their own, loaded on first use. */
export const codecs = { cpi: gatherCpi, camel: gatherCamel };
