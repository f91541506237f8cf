import type { FieldGroup } from '../../../core';
import { FormRenderer } from '../../forms/FormRenderer';
import type { FieldErrors } from '../../forms/fieldErrors';

const NAME_FORM: FieldGroup[] = [
  { title: 'General', fields: [{ key: 'name', label: 'Name', kind: 'text', required: true }] },
];

/** The "General → Name" block every element has. */
export function NameForm(props: {
  id: string;
  name: string;
  onRename: (name: string) => void;
  errors?: FieldErrors;
}) {
  return (
    <FormRenderer
      groups={NAME_FORM}
      values={{ name: props.name }}
      idPrefix={`${props.id}-general`}
      errors={props.errors}
      onChange={(_key, value) => props.onRename(String(value))}
    />
  );
}
