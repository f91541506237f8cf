import type { CpiAdapterCodec } from '../../registry/cpiCodec';
import type { GenericAdapterConfig } from './index';

/** Every property read (so none is reported unmapped) and written back as it came. */
const cpi: CpiAdapterCodec<GenericAdapterConfig> = {
  componentType: '*',
  cmdVariantUri: '',
  componentVersion: '',
  read: (p, all) => {
    const properties: Record<string, string> = {};
    for (const [k, v] of all) {
      p.get(k);
      properties[k] = v;
    }
    return { componentType: properties.ComponentType ?? '', properties };
  },
  write: (c) => ({ ...c.properties }),
};

/** The generic adapters' CPI codec: a chunk of its own, loaded on first use. */
export const codecs = { cpi };
