import { httpsSenderCamel } from './camel';
import { httpsSenderCpi } from './cpi';

/** This adapter type's CPI and Camel codecs: a chunk of their own, loaded on first use. */
export const codecs = { cpi: httpsSenderCpi, camel: httpsSenderCamel };
