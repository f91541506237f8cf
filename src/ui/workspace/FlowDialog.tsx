import { useState } from 'react';
import { Dialog } from '../shell/Dialog';
import { Field } from './Field';
import { emptyFlowForm, validateFlowForm, withFlowName, type FlowFormValues } from './flowForm';

export type { FlowFormValues } from './flowForm';

export interface FlowDialogProps {
  title: string;
  submitLabel: string;
  initial?: FlowFormValues;
  /** Set for a new flow: its ID is derived from the name (editable), unique against these ids. */
  takenIds?: readonly string[];
  onSave: (values: FlowFormValues) => Promise<string | null> | string | null;
  onClose: () => void;
}

/**
 * Add an integration flow (Name, ID, Description) or rename one. As in CPI, a new flow's ID
 * follows the name until the user edits it (like a package's Technical Name); an existing
 * flow's ID never changes, since deployments refer to it.
 */
export function FlowDialog({
  title,
  submitLabel,
  initial,
  takenIds,
  onSave,
  onClose,
}: FlowDialogProps) {
  const [v, setV] = useState<FlowFormValues>(initial ?? emptyFlowForm());
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  // Errors show once the user typed in a field, not on an untouched empty form.
  const [nameTouched, setNameTouched] = useState(false);
  const isNew = takenIds !== undefined;
  const errors = validateFlowForm(v, takenIds);
  const invalid = Object.keys(errors).length > 0;

  const submit = async () => {
    if (invalid || busy) return;
    setBusy(true);
    const err = await onSave({ ...v, name: v.name.trim(), id: v.id.trim() });
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
      <Field
        label="Name"
        required
        value={v.name}
        onChange={(name) => {
          setNameTouched(true);
          setV((cur) => (isNew ? withFlowName(cur, name, takenIds) : { ...cur, name }));
        }}
        error={nameTouched ? errors.name : null}
      />
      {isNew ? (
        <Field
          label="ID"
          required
          value={v.id}
          spellCheck={false}
          onChange={(id) => setV((cur) => ({ ...cur, id, idTouched: true }))}
          error={nameTouched || v.idTouched ? errors.id : null}
          hint="Derived from the name; letters, digits, “_”, “-” and “.”; unique"
        />
      ) : (
        <Field
          label="ID"
          value={v.id}
          readOnly
          spellCheck={false}
          onChange={() => undefined}
          hint="The ID cannot be changed"
        />
      )}
      <Field
        label="Description"
        multiline
        value={v.description}
        onChange={(description) => setV((cur) => ({ ...cur, description }))}
      />
      {saveError && (
        <p role="alert" className="field-error">
          {saveError}
        </p>
      )}
    </Dialog>
  );
}
