import { useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { LabelledField } from '../shell/LabelledField';

interface InputFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  /** Suggestions shown as a datalist (free text stays allowed). */
  options?: string[];
}

/** A labelled input with its inline error or hint, and optional suggestions. */
export function InputField({
  label,
  value,
  onChange,
  error,
  hint,
  options,
  ...rest
}: InputFieldProps) {
  return (
    <LabelledField label={label} error={error} hint={hint}>
      {({ id, describedBy }) => (
        <>
          <input
            {...rest}
            id={id}
            className="input"
            value={value}
            list={options ? `${id}-list` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
          {options && (
            <datalist id={`${id}-list`}>
              {options.map((o) => (
                <option key={o} value={o} />
              ))}
            </datalist>
          )}
        </>
      )}
    </LabelledField>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string | undefined;
}

export function SelectField({ label, value, onChange, options, error }: SelectFieldProps) {
  return (
    <LabelledField label={label} error={error}>
      {({ id, describedBy }) => (
        <select
          id={id}
          className="input"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}

/** Field errors from a SecurityResult, keyed by field. */
export function errorMap(errors: { field: string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) out[e.field] ??= e.message;
  return out;
}

const NO_ERRORS: Record<string, string> = {};

/**
 * The field errors of a form's last save. They go as soon as the user edits the form again, so
 * a message never stays beside a value it no longer describes: wrap each field's setter in `edit`.
 */
export function useSaveErrors() {
  const [errors, setErrors] = useState(NO_ERRORS);
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setErrors(NO_ERRORS);
      set(value);
    };
  return { errors, setErrors, edit };
}
