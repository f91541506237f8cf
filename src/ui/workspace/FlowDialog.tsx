import { useState } from 'react';
import { Field } from './Field';
import { FormDialog, type FormDialogPageProps } from './FormDialog';
import { emptyFlowForm, validateFlowForm, withFlowName, type FlowFormValues } from './flowForm';

export type { FlowFormValues } from './flowForm';

export interface FlowDialogProps extends FormDialogPageProps<FlowFormValues> {
  initial?: FlowFormValues;
  /** Set for a new flow: its ID is derived from the name (editable), unique against these ids. */
  takenIds?: readonly string[];
}

/**
 * Add an integration flow (Name, ID, Description) or rename one. As in CPI, a new flow's ID
 * follows the name until the user edits it (like a package's Technical Name); an existing
 * flow's ID never changes, since deployments refer to it.
 */
export function FlowDialog({ initial, takenIds, onSave, ...dialog }: FlowDialogProps) {
  const [v, setV] = useState<FlowFormValues>(initial ?? emptyFlowForm());
  // Errors show once the user typed in a field, not on an untouched empty form.
  const [nameTouched, setNameTouched] = useState(false);
  const isNew = takenIds !== undefined;
  const errors = validateFlowForm(v, takenIds);
  const invalid = Object.keys(errors).length > 0;

  return (
    <FormDialog
      {...dialog}
      invalid={invalid}
      onSave={() => onSave({ ...v, name: v.name.trim(), id: v.id.trim() })}
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
    </FormDialog>
  );
}
