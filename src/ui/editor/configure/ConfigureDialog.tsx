import { useEffect, useMemo, useState } from 'react';
import {
  checkParameterValue,
  flowParameterNames,
  describeParameterUse,
  parameterUses,
  validateFlow,
  type ExternalParameter,
  type Flow,
  type ParameterUse,
} from '../../../core';
import { editorStore } from '../../../store/editorStore';
import { useEditor } from '../../../store/useEditor';
import { Dialog } from '../../shell/Dialog';
import { closeConfigure } from '../editorUi';
import './configure.css';

const own = (params: Flow['parameters'], name: string): ExternalParameter | undefined =>
  params && Object.hasOwn(params, name) ? params[name] : undefined;

const onUse = (p: { elementId: string; field?: string }, u: ParameterUse) =>
  p.elementId === u.elementId &&
  !!p.field &&
  (p.field === u.field || p.field.startsWith(`${u.field}.`) || p.field.startsWith(`${u.field}[`));

/**
 * CPI's Configure action: every externalised parameter of the flow (`{{Name}}` in adapters and
 * steps, or listed in parameters.prop) with its current value, editable. Each value is checked
 * against its type and against the fields that use it (an address must still be an address);
 * Save applies all changes as one undo step.
 */
export function ConfigureDialog() {
  const flow = useEditor((s) => s.flow);
  // Leaving the editor closes it, so another flow does not open with the dialog up.
  useEffect(() => () => closeConfigure(), []);
  if (!flow) return null;
  return <ConfigureForm key={flow.id} flow={flow} />;
}

function ConfigureForm({ flow }: { flow: Flow }) {
  const names = useMemo(() => flowParameterNames(flow), [flow]);
  const uses = useMemo(() => parameterUses(flow), [flow]);
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(names.map((n) => [n, own(flow.parameters, n)?.value ?? ''])),
  );
  const [saveError, setSaveError] = useState<string | null>(null);
  /** Unused parameters the user removed (dropped from the flow and parameters.prop on Save). */
  const [removed, setRemoved] = useState<ReadonlySet<string>>(() => new Set());

  const params = useMemo(() => {
    const out: Record<string, ExternalParameter> = { ...flow.parameters };
    for (const [n, value] of Object.entries(draft)) out[n] = { ...own(flow.parameters, n), value };
    return out;
  }, [draft, flow.parameters]);
  // What validation will say about the fields using each parameter, with the draft values.
  const fieldProblems = useMemo(() => {
    const problems = validateFlow({ ...flow, parameters: params });
    return (name: string) =>
      problems
        .filter((p) => uses.some((u) => u.name === name && onUse(p, u)))
        .map((p) => p.message);
  }, [flow, params, uses]);

  const rows = names
    .filter((name) => !removed.has(name))
    .map((name) => {
      const p = own(flow.parameters, name);
      const value = draft[name] ?? '';
      const typeError = value === '' ? null : checkParameterValue(value, p?.type);
      const used = uses.filter((u) => u.name === name);
      // Only a parameter a field uses must have a value.
      const empty =
        value === '' && used.length > 0 && (p?.required || !p)
          ? 'Enter a value: simulation and deployment need one'
          : null;
      return {
        name,
        p,
        value,
        typeError,
        empty,
        used,
        // The type's message, or the empty one, says it best; otherwise what the fields say.
        problems: typeError || empty ? [] : fieldProblems(name),
      };
    });
  // A value that breaks a field using it is refused here, as the field itself would refuse it.
  const invalid = rows.some((r) => r.typeError || r.empty || r.problems.length > 0);

  const save = () => {
    if (invalid) return;
    const values: Record<string, string> = {};
    for (const r of rows)
      if (r.value !== (r.p?.value ?? (r.p ? '' : undefined))) values[r.name] = r.value;
    const remove = [...removed];
    if (Object.keys(values).length || remove.length) {
      const result = editorStore.getState().dispatch('flow.parameters', { values, remove });
      if (!result.ok) return setSaveError(result.error);
    }
    closeConfigure();
  };

  return (
    <Dialog
      title={`Configure "${flow.name}"`}
      onClose={closeConfigure}
      onSubmit={save}
      wide
      footer={
        <>
          <button type="submit" className="btn btn-primary" disabled={invalid}>
            Save
          </button>
          <button type="button" className="btn" onClick={closeConfigure}>
            Cancel
          </button>
        </>
      }
    >
      <p className="ifs-configure__intro">
        Externalized parameters: a field that holds <code>{'{{Name}}'}</code> takes its value from
        here when the flow is simulated or deployed. The values are saved with the flow and exported
        as <code>parameters.prop</code>.
      </p>
      {rows.length === 0 ? (
        <p className="ifs-configure__empty">
          This flow has no externalized parameters. Type <code>{'{{Name}}'}</code> into an adapter
          or step field to externalize it.
        </p>
      ) : (
        <table className="table ifs-configure__table" aria-label="Externalized parameters">
          <thead>
            <tr>
              <th scope="col">Parameter</th>
              <th scope="col">Type</th>
              <th scope="col">Used in</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const msgs = [r.typeError ?? r.empty, ...r.problems].filter((m): m is string => !!m);
              const errId = `ifs-configure-err-${i}`;
              return (
                <tr key={r.name}>
                  <th scope="row">
                    {r.name}
                    {r.p?.required && <span className="ifs-configure__req"> (required)</span>}
                  </th>
                  <td>{r.p?.type || 'xsd:string'}</td>
                  <td>
                    {r.used.length ? (
                      <ul className="ifs-configure__uses">
                        {r.used.map((u) => (
                          <li key={`${u.elementId}:${u.field}`}>
                            {describeParameterUse(flow, u).where}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <>
                        <span className="ifs-configure__unused">not used</span>{' '}
                        <button
                          type="button"
                          className="btn btn-sm"
                          aria-label={`Remove ${r.name}`}
                          onClick={() => setRemoved((s) => new Set([...s, r.name]))}
                        >
                          Remove
                        </button>
                      </>
                    )}
                  </td>
                  <td>
                    <input
                      className="ifs-input"
                      type="text"
                      aria-label={`Value of ${r.name}`}
                      value={r.value}
                      aria-invalid={msgs.length ? true : undefined}
                      aria-describedby={msgs.length ? errId : undefined}
                      onChange={(e) => {
                        const v = e.target.value;
                        setDraft((d) => ({ ...d, [r.name]: v }));
                      }}
                    />
                    {msgs.length > 0 && (
                      <div className="ifs-field__error" id={errId}>
                        {msgs.join(' · ')}
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {saveError && (
        <p role="alert" className="field-error">
          {saveError}
        </p>
      )}
    </Dialog>
  );
}
