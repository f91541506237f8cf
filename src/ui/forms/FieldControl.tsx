import type { FieldSpec } from '../../core';
import { NumberInput } from './NumberInput';
import { TableField } from './TableField';
import { RouteOrderField, type RouteEntry } from './RouteOrderField';

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
  /** The step's outgoing links in the order they are taken, for a 'routeOrder' field. */
  routes?: readonly RouteEntry[];
}

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
    case 'script':
      return (
        <ResourceSelect
          common={common}
          value={value}
          onChange={onChange}
          names={scripts?.names ?? []}
          none="— no script —"
          create={
            scripts && [
              { label: 'New JavaScript script…', make: () => scripts.create('javascript') },
              { label: 'New Groovy script…', make: () => scripts.create('groovy') },
            ]
          }
        />
      );
    case 'stylesheet':
      return (
        <ResourceSelect
          common={common}
          value={value}
          onChange={onChange}
          names={stylesheets?.names ?? []}
          none="— no stylesheet —"
          create={
            stylesheets && [{ label: 'New XSLT stylesheet…', make: () => stylesheets.create() }]
          }
        />
      );
    case 'table':
      return (
        <TableField field={field} id={id} value={value} onChange={onChange} scripts={scripts} />
      );
    case 'routeOrder':
      return (
        <RouteOrderField field={field} id={id} routes={props.routes ?? []} onChange={onChange} />
      );
  }
}

/** Marks the choice "create a new resource" number i in a resource select (no name starts so). */
const NEW_RESOURCE = '\u0000new-resource-';

/**
 * Picks one of the flow's resources (scripts, stylesheets), or creates one: a resource named but
 * missing is shown as such, the creating choices select what they made.
 */
function ResourceSelect(props: {
  common: Record<string, unknown>;
  value: unknown;
  onChange: (value: unknown) => void;
  names: readonly string[];
  none: string;
  create: { label: string; make: () => string | null }[] | undefined;
}) {
  const { common, names, onChange, create } = props;
  const current = typeof props.value === 'string' ? props.value : '';
  return (
    <select
      {...common}
      className="ifs-input"
      value={current}
      onChange={(e) => {
        const v = e.target.value;
        if (!v.startsWith(NEW_RESOURCE)) return onChange(v);
        const created = create?.[Number(v.slice(NEW_RESOURCE.length))]?.make();
        if (created) onChange(created);
      }}
    >
      <option value="">{props.none}</option>
      {current && !names.includes(current) && <option value={current}>{current} (missing)</option>}
      {names.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
      {create?.map((c, i) => (
        <option key={c.label} value={`${NEW_RESOURCE}${i}`}>
          {c.label}
        </option>
      ))}
    </select>
  );
}
