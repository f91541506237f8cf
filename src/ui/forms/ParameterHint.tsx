import { hasValue, parameterNames, type ExternalParameter } from '../../core';
import { openConfigure } from '../editor/editorUi';

/** Names of the `{{Name}}` references in a field's value. */
export function parameterHintNames(value: unknown): string[] {
  return typeof value === 'string' ? parameterNames(value) : [];
}

/**
 * Under a field that holds `{{Name}}`: the value each parameter stands for (as simulation and
 * deployment will see it), or that it has none, with the way to set it (Configure).
 */
export function ParameterHint({
  id,
  names,
  parameters,
}: {
  id: string;
  names: string[];
  parameters: Record<string, ExternalParameter> | undefined;
}) {
  return (
    <div className="ifs-field__param" id={id}>
      {names.map((name) => {
        const p = parameters && Object.hasOwn(parameters, name) ? parameters[name] : undefined;
        return (
          <span key={name} className="ifs-field__param-item">
            {`{{${name}}}`}{' '}
            {hasValue(parameters, name) && p ? (
              <>
                = <code>{p.value === '' ? '(empty)' : p.value}</code>
              </>
            ) : (
              <strong>has no value</strong>
            )}
          </span>
        );
      })}
      <button type="button" className="btn-link" onClick={() => openConfigure()}>
        Configure…
      </button>
    </div>
  );
}
