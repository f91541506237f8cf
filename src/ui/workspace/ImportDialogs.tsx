import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import { Dialog } from '../shell/Dialog';
import { navigate } from '../shell/useRoute';
import { closeImportDialog, importDialogStore } from './importController';
import { ImportWarnings } from './ImportWarnings';

// The report of a CPI import, which loads its own code first: not in the first screen's bundle.
const ImportReportDialog = lazy(() =>
  import('./ImportReportDialog').then((m) => ({ default: m.ImportReportDialog })),
);

/** Errors, "already exists" question and warnings of the running import (mounted once). */
export function ImportDialogs() {
  const d = useStore(importDialogStore, (s) => s.dialog);
  const close = (
    <button type="button" className="btn" onClick={closeImportDialog} data-autofocus>
      Close
    </button>
  );
  switch (d.kind) {
    case 'none':
      return null;
    case 'errors':
      return (
        <Dialog
          title="Import failed"

          wide
          onClose={closeImportDialog}
          footer={close}
        >
          <p>“{d.fileName}” cannot be imported. Nothing was changed.</p>
          <ul className="issue-list" aria-label="Import errors">
            {d.errors.map((e, i) => (
              <li key={i}>
                <code>{e.path || '(file)'}</code>: {e.message}
              </li>
            ))}
          </ul>
        </Dialog>
      );
    case 'exists': {
      const noun = d.what === 'flow' ? 'flow' : 'package';
      const key = d.what === 'flow' ? 'ID' : 'technical name';
      return (
        <Dialog
          title={`A ${noun} with ${key} ${d.label} already exists`}

          onClose={closeImportDialog}
          footer={
            <>
              <button type="button" className="btn btn-primary" onClick={() => d.retry('replace')}>
                Replace
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => d.retry('keepBoth')}
                data-autofocus
              >
                Keep both
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  closeImportDialog();
                  d.cancel?.();
                }}
              >
                Cancel
              </button>
            </>
          }
        >
          <p>
            Replace overwrites the existing {noun}. Keep both imports it as a copy with a new {key}.
          </p>
        </Dialog>
      );
    }
    case 'report':
      return (
        <Suspense fallback={null}>
          <ImportReportDialog dialog={d} close={close} />
        </Suspense>
      );
    case 'warnings':
      return (
        <Dialog
          title={
            d.what === 'flow' ? 'Flow imported with warnings' : 'Package imported with warnings'
          }
          wide
          onClose={closeImportDialog}
          footer={
            <>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  closeImportDialog();
                  navigate(d.href);
                }}
              >
                Open “{d.name}”
              </button>
              {close}
            </>
          }
        >
          <p>“{d.name}” was imported with these warnings:</p>
          <ImportWarnings warnings={d.warnings} />
        </Dialog>
      );
  }
}
