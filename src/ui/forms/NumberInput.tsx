import { useState } from 'react';
import type { FieldSpec } from '../../core';

type NumberSpec = Extract<FieldSpec, { kind: 'number' }>;

interface Props {
  id: string;
  field: NumberSpec;
  value: unknown;
  onChange: (value: unknown) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-label'?: string;
  'aria-required'?: boolean;
}

/**
 * A number field that lets the user pass through states that are not numbers yet ("", "-"):
 * the draft text is local, and only a valid number is sent on. An outside change (undo)
 * replaces the draft, and so does leaving the field while it holds no number.
 */
export function NumberInput({ field, value, onChange, ...rest }: Props) {
  const external = typeof value === 'number' && Number.isFinite(value) ? value : null;
  const [draft, setDraft] = useState(external === null ? '' : String(external));
  const [seen, setSeen] = useState(external);
  if (seen !== external) {
    // Adjusting state during render is React's pattern for "reset when a prop changes".
    setSeen(external);
    if (Number(draft) !== external || draft.trim() === '')
      setDraft(external === null ? '' : String(external));
  }
  const parsed = draft.trim() === '' ? NaN : Number(draft);
  const bad = Number.isNaN(parsed);
  return (
    <span className="ifs-number">
      <input
        {...rest}
        aria-invalid={rest['aria-invalid'] || bad || undefined}
        className="ifs-input"
        type="number"
        inputMode="decimal"
        min={field.min}
        max={field.max}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = e.target.value.trim() === '' ? NaN : Number(e.target.value);
          if (!Number.isNaN(n)) onChange(n);
        }}
        // Left empty (or "-"), the field shows again the number the flow still holds.
        onBlur={() => bad && setDraft(external === null ? '' : String(external))}
      />
      {field.unit && <span className="ifs-number__unit">{field.unit}</span>}
    </span>
  );
}
