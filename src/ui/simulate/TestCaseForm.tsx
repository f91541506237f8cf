import { useState, type FormEvent } from 'react';
import type { Expectation, TestCase } from '../../core/model/flow';
import {
  changeKind,
  EXPECTATION_KINDS,
  expectationProblem,
  fieldsOf,
  makeExpectation,
  needsName,
  needsValue,
  type ExpectationKind,
} from './expectations';

export interface TestCaseFormProps {
  /** The case being edited, or the proposal for a new one. */
  initial: Pick<TestCase, 'name' | 'expectations'>;
  /** Short text of the input that will be saved with the case. */
  inputSummary: string;
  onSave: (value: Pick<TestCase, 'name' | 'expectations'>) => void;
  onCancel: () => void;
}

/** Name and expectations of a test case; the input saved is the input editor's current one. */
export function TestCaseForm({ initial, inputSummary, onSave, onCancel }: TestCaseFormProps) {
  const [name, setName] = useState(initial.name);
  const [list, setList] = useState<Expectation[]>(initial.expectations);
  const [tried, setTried] = useState(false);
  const problems = [
    ...(name.trim() ? [] : ['The test case needs a name']),
    ...list.map(expectationProblem).filter((p): p is string => p !== null),
  ];
  const replace = (i: number, e: Expectation) => setList(list.map((x, j) => (j === i ? e : x)));

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    setTried(true);
    if (problems.length === 0) onSave({ name: name.trim(), expectations: list });
  };

  return (
    <form className="ifs-sim-tcform" aria-label="Test case" onSubmit={submit}>
      <label className="ifs-field">
        <span className="ifs-field__label">Test case name</span>
        <input
          className="ifs-input"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
        />
      </label>
      <p className="ifs-muted">Input: {inputSummary}</p>
      <fieldset className="ifs-sim-rows">
        <legend>Expectations</legend>
        {list.length === 0 && (
          <p className="ifs-muted">None: the test passes whenever the run ends.</p>
        )}
        <ol className="ifs-sim-expectations">
          {list.map((e, i) => {
            const { name: n, value } = fieldsOf(e);
            const n1 = i + 1;
            return (
              <li key={i}>
                <select
                  className="ifs-input"
                  aria-label={`Expectation ${n1}`}
                  value={e.kind}
                  onChange={(ev) => replace(i, changeKind(e, ev.target.value as ExpectationKind))}
                >
                  {EXPECTATION_KINDS.map((k) => (
                    <option key={k.kind} value={k.kind}>
                      {k.label}
                    </option>
                  ))}
                </select>
                {needsName(e.kind) && (
                  <input
                    className="ifs-input"
                    aria-label={`Expectation ${n1} name`}
                    placeholder={e.kind === 'headerEquals' ? 'Header name' : 'Property name'}
                    value={n}
                    onChange={(ev) => replace(i, makeExpectation(e.kind, ev.target.value, value))}
                  />
                )}
                {needsValue(e.kind) && (
                  <input
                    className="ifs-input"
                    aria-label={`Expectation ${n1} value`}
                    placeholder={e.kind === 'endsWithError' ? 'Error contains (optional)' : 'Value'}
                    value={value}
                    onChange={(ev) => replace(i, makeExpectation(e.kind, n, ev.target.value))}
                  />
                )}
                <button
                  type="button"
                  className="btn btn-ghost btn-sm"
                  aria-label={`Remove expectation ${n1}`}
                  onClick={() => setList(list.filter((_, j) => j !== i))}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => setList([...list, { kind: 'bodyEquals', value: '' }])}
        >
          Add expectation
        </button>
      </fieldset>
      {tried && problems.length > 0 && (
        <ul role="alert" className="ifs-sim-error">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="ifs-sim-actions">
        <button type="submit" className="btn btn-primary">
          Save test case
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
