import { useId, type ReactNode } from 'react';

export interface LabelledFieldProps {
  label: string;
  labelClassName?: string | undefined;
  error?: string | null | undefined;
  hint?: ReactNode;
  /** The control, given the id its label points at and the id of the error or hint under it. */
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}

/**
 * The frame every form field shares: a label, the control, and its inline error (or else its
 * hint) wired to the control through aria-describedby, so screen readers read it with the field.
 */
export function LabelledField({
  label,
  labelClassName,
  error,
  hint,
  children,
}: LabelledFieldProps) {
  const id = useId();
  const msgId = `${id}-msg`;
  return (
    <div className="field">
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {children({ id, describedBy: error || hint ? msgId : undefined })}
      {error ? (
        <span id={msgId} className="field-error">
          {error}
        </span>
      ) : hint ? (
        <span id={msgId} className="field-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
