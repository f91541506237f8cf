import { contentModifierCamel } from './camel';
import { contentModifierCpi } from './cpi';

/** This step type's CPI and Camel codecs: a chunk of their own, loaded on first use. */
export const codecs = { cpi: contentModifierCpi, camel: contentModifierCamel };
