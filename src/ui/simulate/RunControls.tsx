import { editorStore } from '../../store/editorStore';
import { draftOf, simulation, useSimulation } from './simulation';
import { runnableDraft } from './inputDraft';

/** What to run: always the flow as it is now in the editor, with the current input. */
function current() {
  const flow = editorStore.getState().flow;
  return flow ? { flow, draft: runnableDraft(flow, draftOf(flow.id)) } : null;
}

/** Run / Step / Continue / Stop / Clear. A step is never interrupted; Stop acts between steps. */
export function RunControls() {
  const busy = useSimulation((s) => s.busy);
  const paused = useSimulation((s) => s.cursor !== null);
  const hasTrace = useSimulation((s) => s.trace !== null);
  const run = () => {
    const c = current();
    if (c) void simulation.run(c.flow, c.draft);
  };
  const step = () => {
    const c = current();
    if (c) void simulation.step(c.flow, c.draft);
  };
  return (
    <div className="ifs-sim-controls" role="toolbar" aria-label="Run controls">
      <button
        type="button"
        className="btn btn-primary"
        disabled={busy}
        onClick={run}
        title="Run the whole flow"
      >
        Run
      </button>
      <button
        type="button"
        className="btn"
        disabled={busy}
        onClick={step}
        title={paused ? 'Run the next step' : 'Start a run and run its first step'}
      >
        Step
      </button>
      <button
        type="button"
        className="btn"
        disabled={busy || !paused}
        onClick={() => void simulation.continue()}
      >
        Continue
      </button>
      <button
        type="button"
        className="btn"
        disabled={!busy && !paused}
        onClick={() => simulation.stop()}
      >
        Stop
      </button>
      <button
        type="button"
        className="btn btn-ghost"
        disabled={!hasTrace && !paused}
        onClick={() => simulation.clear()}
      >
        Clear
      </button>
    </div>
  );
}
