import type { FieldSpec } from '../../core';
import { NumberInput } from './NumberInput';
import { TableField } from './TableField';

/** Script resources offered by a 'script' field, and how to make a new one. */
export interface ScriptChoices {
  names: string[];
  /** Creates a new script resource in `language` and returns its name (null when refused). */
  create: (language: 'javascript' | 'groovy') => string | null;
}

/** XSLT stylesheets offered by a 'stylesheet' field, and how to make a new one. */
export interface StylesheetChoices {
  names: string[];
  /** Creates a new stylesheet and returns its name (null when refused). */
  create: () => string | null;
}

export interface FieldControlProps {
  field: FieldSpec;
  id: string;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Ids of help/error text for aria-describedby. */
  describedBy?: string;
  invalid?: boolean;
  /** Accessible name when no visible <label> points at the control (table cells). */
  ariaLabel?: string;
  scripts?: ScriptChoices;
  stylesheets?: StylesheetChoices;
}

export const NEW_SCRIPT = '\u0000new-script';
export const NEW_GROOVY_SCRIPT = '\u0000new-groovy-script';
const NEW_STYLESHEET = '\u0000new-stylesheet';

/** One input for one FieldSpec; the caller draws the label, help and error around it. */
export function FieldControl(props: FieldControlProps) {
  const { field, id, value, onChange, describedBy, invalid, ariaLabel, scripts, stylesheets } =
    props;
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'aria-label': ariaLabel,
    'aria-required': field.required || undefined,
  };
  switch (field.kind) {
    case 'text':
      return (
        <input
          {...common}
          className="ifs-input"
          type="text"
          value={typeof value === 'string' ? value : ''}
          placeholder={field.placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'textarea':
      return (
        <textarea
          {...common}
          className="ifs-input"
          rows={field.rows ?? 3}
          value={typeof value === 'string' ? value : ''}
          placeholder={field.placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'number':
      return <NumberInput {...common} field={field} value={value} onChange={onChange} />;
    case 'checkbox':
      return (
        <input
          {...common}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
        />
      );
    case 'select':
      return (
        <select
          {...common}
          className="ifs-input"
          value={String(value ?? '')}
          onChange={(e) => onChange(e.target.value)}
        >
          {!field.options.some((o) => o.value === value) && (
            <option value={String(value ?? '')}>—</option>
          )}
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    case 'script': {
      const current = typeof value === 'string' ? value : '';
      const names = scripts?.names ?? [];
      return (
        <select
          {...common}
          className="ifs-input"
          value={current}
          onChange={(e) => {
            const v = e.target.value;
            if (v !== NEW_SCRIPT && v !== NEW_GROOVY_SCRIPT) return onChange(v);
            const created = scripts?.create(v === NEW_GROOVY_SCRIPT ? 'groovy' : 'javascript');
            if (created) onChange(created);
          }}
        >
          <option value="">— no script —</option>
          {current && !names.includes(current) && (
            <option value={current}>{current} (missing)</option>
          )}
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
          {scripts && <option value={NEW_SCRIPT}>New JavaScript script…</option>}
          {scripts && <option value={NEW_GROOVY_SCRIPT}>New Groovy script…</option>}
        </select>
      );
    }
    case 'stylesheet': {
      const current = typeof value === 'string' ? value : '';
      const names = stylesheets?.names ?? [];
      return (
        <select
          {...common}
          className="ifs-input"
          value={current}
          onChange={(e) => {
            const v = e.target.value;
            if (v !== NEW_STYLESHEET) return onChange(v);
            const created = stylesheets?.create();
            if (created) onChange(created);
          }}
        >
          <option value="">— no stylesheet —</option>
          {current && !names.includes(current) && (
            <option value={current}>{current} (missing)</option>
          )}
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
          {stylesheets && <option value={NEW_STYLESHEET}>New XSLT stylesheet…</option>}
        </select>
      );
    }
    case 'table':
      return (
        <TableField field={field} id={id} value={value} onChange={onChange} scripts={scripts} />
      );
  }
}
