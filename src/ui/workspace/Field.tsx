import type { InputHTMLAttributes } from 'react';
import { LabelledField } from '../shell/LabelledField';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: string;
  multiline?: boolean;
}

/** A labelled text field (or text area); a required one is marked on its label. */
export function Field({
  label,
  value,
  onChange,
  error,
  hint,
  multiline,
  required,
  ...rest
}: FieldProps) {
  return (
    <LabelledField
      label={label}
      labelClassName={required ? 'req' : undefined}
      error={error}
      hint={hint}
    >
      {({ id, describedBy }) => {
        const common = {
          id,
          value,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy,
          'aria-required': required || undefined,
        } as const;
        return multiline ? (
          <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...common} {...rest} type="text" onChange={(e) => onChange(e.target.value)} />
        );
      }}
    </LabelledField>
  );
}
