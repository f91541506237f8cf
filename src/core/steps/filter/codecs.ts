import { filterCamel } from './camel';
import { filterCpi } from './cpi';

/** This step type's CPI and Camel codecs: a chunk of their own, loaded on first use. */
export const codecs = { cpi: filterCpi, camel: filterCamel };
