import { useState } from 'react';
import type { PackageInput } from '../../core/workspace/package';
import { Field } from './Field';
import { FormDialog, type FormDialogPageProps } from './FormDialog';
import {
  validatePackageForm,
  withName,
  toPackageInput,
  type PackageFormValues,
} from './packageForm';

export interface PackageDialogProps extends FormDialogPageProps<PackageInput> {
  initial: PackageFormValues;
  /** Technical names of the other packages (uniqueness check). */
  taken: readonly string[];
}

/** Create or edit a package. Errors show inline; Save stays disabled while the form is invalid. */
export function PackageDialog({ initial, taken, onSave, ...dialog }: PackageDialogProps) {
  const [v, setV] = useState(initial);
  // Errors show once the user typed in the field, not on an untouched empty form.
  const [nameTouched, setNameTouched] = useState(false);
  const errors = validatePackageForm(v, taken);
  const invalid = Object.keys(errors).length > 0;
  const set = (patch: Partial<PackageFormValues>) => setV((cur) => ({ ...cur, ...patch }));

  return (
    <FormDialog {...dialog} invalid={invalid} onSave={() => onSave(toPackageInput(v))}>
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
    </FormDialog>
  );
}
