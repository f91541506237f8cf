import { useState } from 'react';
import { Dialog } from '../shell/Dialog';
import type { PackageInput } from '../../core/workspace/package';
import { Field } from './Field';
import {
  validatePackageForm,
  withName,
  toPackageInput,
  type PackageFormValues,
} from './packageForm';

export interface PackageDialogProps {
  title: string;
  initial: PackageFormValues;
  /** Technical names of the other packages (uniqueness check). */
  taken: readonly string[];
  submitLabel: string;
  /** Returns an error message to show, or null when saved. */
  onSave: (input: PackageInput) => Promise<string | null> | string | null;
  onClose: () => void;
}

/** Create or edit a package. Errors show inline; Save stays disabled while the form is invalid. */
export function PackageDialog({
  title,
  initial,
  taken,
  submitLabel,
  onSave,
  onClose,
}: PackageDialogProps) {
  const [v, setV] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  // Errors show once the user typed in the field, not on an untouched empty form.
  const [nameTouched, setNameTouched] = useState(false);
  const errors = validatePackageForm(v, taken);
  const invalid = Object.keys(errors).length > 0;
  const set = (patch: Partial<PackageFormValues>) => setV((cur) => ({ ...cur, ...patch }));

  const submit = async () => {
    if (invalid || busy) return;
    setBusy(true);
    const err = await onSave(toPackageInput(v));
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
          setV((cur) => withName(cur, name, taken));
        }}
        error={nameTouched ? errors.name : null}
      />
      <Field
        label="Technical Name"
        required
        value={v.technicalName}
        onChange={(technicalName) => set({ technicalName, technicalTouched: true })}
        error={nameTouched || v.technicalTouched ? errors.technicalName : null}
        hint="Letters, digits, “_” and “.”; unique"
        spellCheck={false}
      />
      <Field
        label="Short Description"
        value={v.shortDescription}
        onChange={(shortDescription) => set({ shortDescription })}
      />
      <Field
        label="Description"
        multiline
        value={v.description}
        onChange={(description) => set({ description })}
      />
      <div className="field-row">
        <Field label="Version" value={v.version} onChange={(version) => set({ version })} />
        <Field label="Vendor" value={v.vendor} onChange={(vendor) => set({ vendor })} />
      </div>
      {saveError && (
        <p role="alert" className="field-error">
          {saveError}
        </p>
      )}
    </Dialog>
  );
}
