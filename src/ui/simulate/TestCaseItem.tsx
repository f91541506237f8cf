import type { TestCase } from '../../core/model/flow';
import type { TestRun } from '../../store/simulationStore';
import { describeExpectation } from './expectations';

export interface TestCaseItemProps {
  testCase: TestCase;
  result: TestRun | undefined;
  running: boolean;
  anyRunning: boolean;
  editing: boolean;
  onRun: () => void;
  onLoad: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One saved test case: its state, its expectations and what can be done with it. */
export function TestCaseItem(p: TestCaseItemProps) {
  const { testCase: tc, result } = p;
  const state = p.running ? 'Running…' : !result ? 'Not run' : result.pass ? 'Passed' : 'Failed';
  return (
    <li>
      <div className="ifs-sim-tc__head">
        <strong>{tc.name}</strong>
        <span className={`ifs-sim-tag is-${state.toLowerCase().replace('…', '')}`}>{state}</span>
      </div>
      <p className="ifs-muted ifs-sim-tc__exp">
        {tc.expectations.length === 0
          ? 'No expectations'
          : tc.expectations.map(describeExpectation).join('; ')}
      </p>
      {/* Visible "Run"/"Edit"/…, named per case: the panel's own Run button keeps its name alone. */}
      <div className="ifs-sim-actions">
        <button
          type="button"
          className="btn btn-sm"
          aria-label={`Run test case ${tc.name}`}
          disabled={p.anyRunning}
          onClick={p.onRun}
        >
          Run
        </button>
        <button
          type="button"
          className="btn btn-sm"
          aria-label={`Load input of ${tc.name}`}
          onClick={p.onLoad}
        >
          Load input
        </button>
        <button
          type="button"
          className="btn btn-sm"
          aria-label={`Edit test case ${tc.name}`}
          disabled={p.editing}
          onClick={p.onEdit}
        >
          Edit
        </button>
        <button
          type="button"
          className="btn btn-sm btn-ghost"
          aria-label={`Delete test case ${tc.name}`}
          onClick={p.onDelete}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
