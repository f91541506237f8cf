import type { ReactNode } from 'react';
import { Dialog } from '../../shell/Dialog';

export interface SaveDialogProps {
  title: string;
  onClose: () => void;
  /** Runs on Save or Enter in a field. */
  onSave: () => Promise<void>;
  /** Disables Save while the tenant works on it. */
  busy?: boolean;
  children: ReactNode;
}

/** A security form as a dialog: its fields, then Cancel and Save. */
export function SaveDialog({ title, onClose, onSave, busy, children }: SaveDialogProps) {
  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={() => void onSave()}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Save
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
