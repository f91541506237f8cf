import { useState } from 'react';
import type { Flow, TestCase } from '../../core/model/flow';
import { nextId, nextName } from '../../core/model/ids';
import { editorStore } from '../../store/editorStore';
import { simulationStore } from '../../store/simulationStore';
import { suggestExpectations } from './expectations';
import { draftFromTestCase, draftToSample, runnableDraft } from './inputDraft';
import { draftOf, simulation, useSimulation } from './simulation';
import { TestCaseForm } from './TestCaseForm';
import { TestCaseItem } from './TestCaseItem';
import { TestResults } from './TestResults';

type Editing = { id: string; initial: Pick<TestCase, 'name' | 'expectations'> } | null;

const summary = (flow: Flow) => {
  const d = draftOf(flow.id);
  const s = draftToSample(d);
  const count = (r: Record<string, string>, one: string, many: string) => {
    const k = Object.keys(r).length;
    return `${k} ${k === 1 ? one : many}`;
  };
  return `${s.body.length} characters of body, ${count(s.headers, 'header', 'headers')}, ${count(s.properties, 'property', 'properties')}`;
};

/** The flow's test cases: save the current input with expectations, run one or all, see pass/fail. */
export function TestCases({ flow }: { flow: Flow }) {
  const [editing, setEditing] = useState<Editing>(null);
  const running = useSimulation((s) => s.testsRunning);
  const results = useSimulation((s) => s.results);
  const [error, setError] = useState<string | null>(null);
  const testCases = flow.testCases;

  const startNew = () =>
    setEditing({
      id: nextId(new Set(testCases.map((t) => t.id)), 'TestCase'),
      initial: {
        name: nextName(
          testCases.map((t) => t.name),
          'Test case',
        ),
        expectations: suggestExpectations(
          simulationStore.getState().trace,
          draftOf(flow.id).endStepId,
        ),
      },
    });

  const edit = (tc: TestCase) => {
    // What the form saves is the input editor's content, so it shows the case's own input first.
    simulationStore.getState().setDraft(flow.id, draftFromTestCase(tc));
    setEditing({ id: tc.id, initial: { name: tc.name, expectations: tc.expectations } });
  };

  const save = (value: Pick<TestCase, 'name' | 'expectations'>) => {
    if (!editing) return;
    const live = editorStore.getState().flow ?? flow;
    const d = runnableDraft(live, draftOf(flow.id));
    const testCase: TestCase = {
      id: editing.id,
      ...value,
      input: draftToSample(d),
      ...(d.startStepId ? { startStepId: d.startStepId } : {}),
      ...(d.endStepId ? { endStepId: d.endStepId } : {}),
    };
    const r = editorStore.getState().dispatch('testCase.save', { testCase });
    if (!r.ok) return setError(r.error);
    setError(null);
    setEditing(null);
    forget(testCase.id); // its last result no longer describes it
  };

  const forget = (id: string) =>
    simulationStore.setState((s) => {
      const { [id]: _dropped, ...rest } = s.results;
      return { results: rest };
    });

  const run = (list: TestCase[]) => {
    const live = editorStore.getState().flow;
    if (live) void simulation.runTests(live, list);
  };

  return (
    <section aria-label="Test cases" className="ifs-sim-tests">
      <div className="ifs-sim-detail__head">
        <h3>Test cases</h3>
        <div className="ifs-sim-actions">
          <button
            type="button"
            className="btn btn-sm"
            onClick={startNew}
            disabled={editing !== null}
          >
            Save as test case
          </button>
          <button
            type="button"
            className="btn btn-sm"
            disabled={testCases.length === 0 || running.length > 0}
            onClick={() => run(testCases)}
          >
            Run all
          </button>
        </div>
      </div>
      {editing && (
        <TestCaseForm
          key={editing.id}
          initial={editing.initial}
          inputSummary={summary(flow)}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      {error && (
        <p role="alert" className="ifs-sim-error">
          {error}
        </p>
      )}
      {testCases.length === 0 ? (
        <p className="ifs-muted">
          No test cases yet. Enter an input, run it, then save it as a test case.
        </p>
      ) : (
        <ul className="ifs-sim-tclist" aria-label="Saved test cases">
          {testCases.map((tc) => (
            <TestCaseItem
              key={tc.id}
              testCase={tc}
              result={results[tc.id]}
              running={running.includes(tc.id)}
              anyRunning={running.length > 0}
              editing={editing !== null}
              onRun={() => run([tc])}
              onLoad={() => simulationStore.getState().setDraft(flow.id, draftFromTestCase(tc))}
              onEdit={() => edit(tc)}
              onDelete={() => {
                editorStore.getState().dispatch('testCase.delete', { id: tc.id });
                forget(tc.id);
              }}
            />
          ))}
        </ul>
      )}
      <TestResults testCases={testCases} />
    </section>
  );
}
