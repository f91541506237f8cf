import type { Flow } from '../../core/model/flow';
import { runStatusText } from './runStatusText';
import { useSimulation } from './simulation';
import { errorText, stepNameIn } from './traceOverlay';

export interface RunStatusProps {
  flow: Flow;
  onOpenScript: (stepId: string, line?: number) => void;
}

/** The run summary (role status), the next step of a paused run, and the error the run ended with. */
export function RunStatus({ flow, onOpenScript }: RunStatusProps) {
  const trace = useSimulation((s) => s.trace);
  const busy = useSimulation((s) => s.busy);
  const paused = useSimulation((s) => s.cursor !== null);
  const stepped = useSimulation((s) => s.stepped);
  const position = useSimulation((s) => s.position);
  const flowName = (id: string) => flow.process.steps.find((s) => s.id === id)?.name;
  const error = trace?.error;
  const errorName = error && error.stepId ? stepNameIn(trace, error.stepId, flowName) : '';
  const errorStepType =
    error &&
    (trace.entries.find((e) => e.stepId === error.stepId)?.stepType ??
      flow.process.steps.find((s) => s.id === error.stepId)?.type);

  return (
    <div className="ifs-sim-status">
      <p
        role="status"
        className={`ifs-sim-status__text is-${busy ? 'running' : (trace?.status ?? 'idle')}`}
      >
        {runStatusText({ trace, busy, paused, stepped })}
      </p>
      {position && (
        <p className="ifs-sim-next">
          Next: <strong>{flowName(position) ?? position}</strong>
        </p>
      )}
      {error && (
        <div
          className={
            error.handled && trace.status !== 'failed' ? 'ifs-sim-handled' : 'ifs-sim-failure'
          }
        >
          {error.handled && trace.status !== 'failed' ? (
            <p>Caught by the Exception Subprocess: {errorText(errorName, error)}</p>
          ) : (
            <p role="alert">{errorText(errorName, error)}</p>
          )}
          {errorStepType === 'script' && (
            <button
              type="button"
              className="btn btn-sm"
              onClick={() => onOpenScript(error.stepId, error.line)}
            >
              {error.line !== undefined ? `Open script at line ${error.line}` : 'Open script'}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
