import { useEffect, useState } from 'react';
import type { DataStoreEntry, VariableRecord } from '../../../core/stores/types';
import { tenantStore, useTenant } from '../../../store/tenantStore';

export interface StoreContents {
  entries: DataStoreEntry[];
  variables: VariableRecord[];
  loaded: boolean;
  error: string | null;
}

const EMPTY: StoreContents = { entries: [], variables: [], loaded: false, error: null };

/** The tenant's data store entries and variables, read again whenever either changes. */
export function useStoreContents(): StoreContents {
  const version = useTenant((s) => s.storesVersion);
  const clock = useTenant((s) => s.clockOffsetMs);
  const [contents, setContents] = useState<StoreContents>(EMPTY);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const { tenant, sync } = await tenantStore.getState().runtime();
        await sync();
        const [entries, variables] = await Promise.all([
          tenant.stores.listEntries(),
          tenant.stores.listVariables(),
        ]);
        if (live) setContents({ entries, variables, loaded: true, error: null });
      } catch (e) {
        if (live)
          setContents((c) => ({
            ...c,
            loaded: true,
            error: e instanceof Error ? e.message : String(e),
          }));
      }
    })();
    return () => {
      live = false;
    };
  }, [version, clock]);
  return contents;
}
