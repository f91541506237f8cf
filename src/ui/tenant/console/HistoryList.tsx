import { useEffect, useState } from 'react';
import {
  clearConsoleHistory,
  listConsoleHistory,
  type ConsoleHistoryEntry,
} from '../../../platform/tenant/consoleHistory';
import { statusLine } from '../../../platform/tenant/httpStatus';
import { tenantStore } from '../../../store/tenantStore';
import type { ConsoleForm } from './consoleModel';

/** Past requests (newest first); Load puts one back into the form. */
export function HistoryList({
  version,
  onLoad,
}: {
  version: number;
  onLoad: (f: ConsoleForm) => void;
}) {
  const [entries, setEntries] = useState<ConsoleHistoryEntry<ConsoleForm>[]>([]);
  const [cleared, setCleared] = useState(0);
  useEffect(() => {
    let live = true;
    void tenantStore
      .getState()
      .runtime()
      .then((r) => listConsoleHistory<ConsoleForm>(r.storage))
      .then((list) => live && setEntries(list));
    return () => {
      live = false;
    };
  }, [version, cleared]);

  const clear = async () => {
    await clearConsoleHistory((await tenantStore.getState().runtime()).storage);
    setCleared((c) => c + 1);
  };

  return (
    <section className="panel tenant-history" aria-label="History">
      <div className="toolbar">
        <h2>History</h2>
        {entries.length > 0 && (
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => void clear()}>
            Clear
          </button>
        )}
      </div>
      {entries.length === 0 ? (
        <p className="muted">Sent requests appear here.</p>
      ) : (
        <ul className="tenant-list">
          {entries.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className="btn btn-link tenant-history-item"
                title="Load this request into the form (secrets are not kept)"
                onClick={() => onLoad(e.request)}
              >
                <span className="mono">{e.request.method}</span> {e.request.url}
                {e.label && <span className="tenant-exchange-label"> · {e.label}</span>}
              </button>
              <span className="muted">
                {statusLine(e.status)} · {new Date(e.at).toLocaleTimeString()}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
