import type { ExternalParameter, FieldGroup, FieldSpec } from '../../core';
import { ParameterHint, parameterHintNames } from './ParameterHint';
import { FieldControl, type ScriptChoices, type StylesheetChoices } from './FieldControl';
import type { RouteEntry } from './RouteOrderField';
import { nestedErrors, visibleFields, type FieldErrors } from './fieldErrors';
import './forms.css';

export interface FormRendererProps {
  groups: readonly FieldGroup[];
  values: Record<string, unknown>;
  onChange: (key: string, value: unknown) => void;
  /** Unique per element, so ids stay unique when several forms are on the page. */
  idPrefix: string;
  errors?: FieldErrors;
  scripts?: ScriptChoices;
  stylesheets?: StylesheetChoices;
  /** The step's outgoing links in the order they are taken ('routeOrder' fields). */
  routes?: readonly RouteEntry[];
  /** The flow's externalised parameters: a field holding `{{Name}}` shows the value it stands for. */
  parameters?: Record<string, ExternalParameter> | undefined;
}

function FieldRow({ field, props }: { field: FieldSpec; props: FormRendererProps }) {
  const id = `${props.idPrefix}-${field.key}`;
  const error = props.errors?.[field.key];
  const rowErrors =
    field.kind === 'table' && props.errors ? nestedErrors(props.errors, field.key) : [];
  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = error || rowErrors.length ? `${id}-error` : undefined;
  const params = parameterHintNames(props.values[field.key]);
  const paramId = params.length ? `${id}-param` : undefined;
  const describedBy = [helpId, paramId, errorId].filter(Boolean).join(' ') || undefined;
  const control = (
    <FieldControl
      field={field}
      id={id}
      value={props.values[field.key]}
      onChange={(v) => props.onChange(field.key, v)}
      describedBy={describedBy}
      invalid={!!error}
      scripts={props.scripts}
      stylesheets={props.stylesheets}
      routes={props.routes}
    />
  );
  // The required mark sits outside the <label>, so the accessible name is exactly the label
  // ("Address", not "Address *"); aria-required tells assistive technology instead.
  const mark = field.required ? (
    <span aria-hidden="true" className="ifs-field__required">
      *
    </span>
  ) : null;
  return (
    <div className={`ifs-field ifs-field--${field.kind}${error ? ' has-error' : ''}`}>
      {field.kind === 'checkbox' ? (
        <div className="ifs-field__check">
          {control}
          <label htmlFor={id}>{field.label}</label>
          {mark}
        </div>
      ) : field.kind === 'table' || field.kind === 'routeOrder' ? (
        <>
          <div className="ifs-field__labelrow">
            <span className="ifs-field__label" id={`${id}-label`}>
              {field.label}
            </span>
            {mark}
          </div>
          {control}
        </>
      ) : (
        <>
          <div className="ifs-field__labelrow">
            <label className="ifs-field__label" htmlFor={id}>
              {field.label}
            </label>
            {mark}
          </div>
          {control}
        </>
      )}
      {field.help && (
        <div className="ifs-field__help" id={helpId}>
          {field.help}
        </div>
      )}
      {paramId && <ParameterHint id={paramId} names={params} parameters={props.parameters} />}
      {errorId && (
        <div className="ifs-field__error" id={errorId}>
          {[error, ...rowErrors].filter(Boolean).join(' · ')}
        </div>
      )}
    </div>
  );
}

/**
 * Renders a registry form (FieldGroup[] of FieldSpec) as labelled inputs, one fieldset per
 * group, honouring visibleWhen and showing inline errors. It holds no state of its own: every
 * change goes straight to `onChange(key, value)`, which dispatches a command.
 */
export function FormRenderer(props: FormRendererProps) {
  return (
    <div className="ifs-form">
      {props.groups.map((group) => {
        const fields = visibleFields(group, props.values);
        if (fields.length === 0) return null;
        return (
          <fieldset key={group.title} className="ifs-form__group">
            <legend>{group.title}</legend>
            {fields.map((f) => (
              <FieldRow key={f.key} field={f} props={props} />
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
