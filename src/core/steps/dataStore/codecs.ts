import { dataStoreCamel } from './camel';
import { dataStoreDeleteCpi, dataStoreGetCpi, dataStoreSelectCpi, dataStoreWriteCpi } from './cpi';

/** The four operations' CPI and Camel codecs: a chunk of their own, loaded on first use. */
export const dataStoreCodecs = {
  write: { cpi: dataStoreWriteCpi, camel: dataStoreCamel('Write') },
  get: { cpi: dataStoreGetCpi, camel: dataStoreCamel('Get') },
  select: { cpi: dataStoreSelectCpi, camel: dataStoreCamel('Select') },
  delete: { cpi: dataStoreDeleteCpi, camel: dataStoreCamel('Delete') },
};
