import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  /** Label of the confirming button, e.g. "Delete". */
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a destructive or irreversible action; Cancel has the initial focus. */
export function ConfirmDialog(p: ConfirmDialogProps) {
  return (
    <Dialog
      title={p.title}

      onClose={p.onCancel}
      footer={
        <>
          <button
            type="button"
            className={p.danger ? 'btn btn-danger' : 'btn btn-primary'}
            onClick={p.onConfirm}
          >
            {p.confirmLabel}
          </button>
          <button type="button" className="btn" onClick={p.onCancel} data-autofocus>
            Cancel
          </button>
        </>
      }
    >
      {p.children}
    </Dialog>
  );
}
