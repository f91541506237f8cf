import { errorStartCamel } from './camel';
import { errorStartCpi } from './cpi';

/** This step type's CPI and Camel codecs: a chunk of their own, loaded on first use. */
export const codecs = { cpi: errorStartCpi, camel: errorStartCamel };
