import type { TestCase } from '../../core/model/flow';
import { simulation, useSimulation } from './simulation';

/** Pass/fail list of the last test runs, with why each failure failed. */
export function TestResults({ testCases }: { testCases: TestCase[] }) {
  const results = useSimulation((s) => s.results);
  const busy = useSimulation((s) => s.busy);
  const shown = testCases.filter((tc) => results[tc.id]);
  if (shown.length === 0) return null;
  const passed = shown.filter((tc) => results[tc.id]!.pass).length;
  return (
    <section aria-label="Test results" className="ifs-sim-results">
      <h4>
        Results: {passed} of {shown.length} passed
      </h4>
      <ul>
        {shown.map((tc) => {
          const r = results[tc.id]!;
          return (
            <li key={tc.id} className={r.pass ? 'is-pass' : 'is-fail'}>
              <span>
                <span aria-hidden="true">{r.pass ? '✓ ' : '✕ '}</span>
                {tc.name}: {r.pass ? 'passed' : 'failed'}
              </span>
              {!r.pass && (
                <ul className="ifs-sim-reasons">
                  {r.failures.map((f, i) => (
                    <li key={i}>{f}</li>
                  ))}
                </ul>
              )}
              <button
                type="button"
                className="btn-link"
                aria-label={`Show run of ${tc.name}`}
                disabled={busy}
                onClick={() => simulation.showTestRun(tc.id)}
              >
                Show run
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
