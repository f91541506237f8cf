import { useState } from 'react';
import { Dialog } from '../shell/Dialog';
import { deriveFlowId } from '../../core/workspace';
import { Field } from './Field';

export interface FlowFormValues {
  name: string;
  id: string;
  description: string;
}

export interface FlowDialogProps {
  title: string;
  submitLabel: string;
  initial?: FlowFormValues;
  /** Set for a new flow: its ID is derived from the name, unique against these ids. */
  takenIds?: readonly string[];
  onSave: (values: FlowFormValues) => Promise<string | null> | string | null;
  onClose: () => void;
}

/**
 * Add an integration flow (Name, ID, Description) or rename one. The store derives a new flow's
 * ID from its name, so the field previews it; an existing flow's ID never changes.
 */
export function FlowDialog({
  title,
  submitLabel,
  initial,
  takenIds,
  onSave,
  onClose,
}: FlowDialogProps) {
  const [v, setV] = useState<FlowFormValues>(initial ?? { name: '', id: '', description: '' });
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [nameTouched, setNameTouched] = useState(false);
  const isNew = takenIds !== undefined;
  const nameErr = v.name.trim() ? null : 'Name is required';

  const setName = (name: string) => {
    setNameTouched(true);
    setV((cur) => ({
      ...cur,
      name,
      id: isNew ? (name.trim() ? deriveFlowId(name, takenIds) : '') : cur.id,
    }));
  };

  const submit = async () => {
    if (nameErr || busy) return;
    setBusy(true);
    const err = await onSave({ ...v, name: v.name.trim() });
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
          <button type="submit" className="btn btn-primary" disabled={Boolean(nameErr) || busy}>
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
        onChange={setName}
        error={nameTouched ? nameErr : null}
      />
      <Field
        label="ID"
        value={v.id}
        readOnly
        spellCheck={false}
        onChange={() => undefined}
        hint={isNew ? 'Derived from the name' : 'The ID cannot be changed'}
      />
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
