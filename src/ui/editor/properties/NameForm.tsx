import type { FieldGroup } from '../../../core';
import { FormRenderer } from '../../forms/FormRenderer';
import type { FieldErrors } from '../../forms/fieldErrors';

const NAME_FORM: FieldGroup[] = [
  { title: 'General', fields: [{ key: 'name', label: 'Name', kind: 'text', required: true }] },
];
const OPTIONAL_NAME_FORM: FieldGroup[] = [
  { title: 'General', fields: [{ key: 'name', label: 'Name', kind: 'text' }] },
];

/** The "General → Name" block every element has (optional for a sequence flow). */
export function NameForm(props: {
  id: string;
  name: string;
  onRename: (name: string) => void;
  errors?: FieldErrors | undefined;
  optional?: boolean;
}) {
  return (
    <FormRenderer
      groups={props.optional ? OPTIONAL_NAME_FORM : NAME_FORM}
      values={{ name: props.name }}
      idPrefix={`${props.id}-general`}
      errors={props.errors}
      onChange={(_key, value) => props.onRename(String(value))}
    />
  );
}
