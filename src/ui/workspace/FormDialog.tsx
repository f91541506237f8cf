import { useState, type ReactNode } from 'react';
import { Dialog } from '../shell/Dialog';

/** What a package or flow dialog gets from its page; `onSave` receives the form's values. */
export interface FormDialogPageProps<T> {
  title: string;
  submitLabel: string;
  /** Returns an error message to show, or null when saved (the dialog then closes). */
  onSave: (values: T) => Promise<string | null> | string | null;
  onClose: () => void;
}

export interface FormDialogProps {
  title: string;
  submitLabel: string;
  /** The form has errors: the submit button stays disabled and Enter does nothing. */
  invalid: boolean;
  /** Returns an error message to show, or null when saved (the dialog then closes). */
  onSave: () => Promise<string | null> | string | null;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The dialog of a package or flow form: submit and Cancel buttons, submit disabled while the
 * form is invalid or saving, and the store's refusal shown under the fields.
 */
export function FormDialog({
  title,
  submitLabel,
  invalid,
  onSave,
  onClose,
  children,
}: FormDialogProps) {
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  const submit = async () => {
    if (invalid || busy) return;
    setBusy(true);
    const err = await onSave();
    setBusy(false);
    if (err) setSaveError(err);
    else onClose();
  };

  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="submit" className="btn btn-primary" disabled={invalid || busy}>
            {submitLabel}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
        </>
      }
    >
      {children}
      {saveError && (
        <p role="alert" className="field-error">
          {saveError}
        </p>
      )}
    </Dialog>
  );
}
