// The Simulate mode side panel of the flow editor, loaded lazily by the editor:
// `lazy(() => import('../simulate/SimulatePanel'))`.
import { useState } from 'react';
import { useEditor } from '../../store/useEditor';
import { InputEditor } from './InputEditor';
import { RunControls } from './RunControls';
import { RunDetail } from './RunDetail';
import { RunStatus } from './RunStatus';
import { ScriptAtLine } from './ScriptAtLine';
import { TestCases } from './TestCases';
import { useSimulationSync } from './useSimulationSync';
import './simulate.css';

export interface SimulatePanelProps {
  onClose: () => void;
}

/**
 * Simulation of the open flow in the browser: input message, Run / Step / Continue / Stop,
 * the message before and after the step selected on the canvas, and the flow's test cases.
 */
export default function SimulatePanel({ onClose }: SimulatePanelProps) {
  const flow = useEditor((s) => s.flow);
  const [script, setScript] = useState<{ stepId: string; line?: number } | null>(null);
  useSimulationSync();
  return (
    <section aria-label="Simulation" className="ifs-sim">
      <header className="ifs-sim__head">
        <h2>Simulation</h2>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onClose}>
          Close simulation
        </button>
      </header>
      {!flow ? (
        <p>No flow is open.</p>
      ) : (
        <>
          <InputEditor flow={flow} />
          <RunControls />
          <RunStatus
            flow={flow}
            onOpenScript={(stepId, line) =>
              setScript({ stepId, ...(line !== undefined ? { line } : {}) })
            }
          />
          <RunDetail flow={flow} />
          <TestCases flow={flow} />
        </>
      )}
      {script && <ScriptAtLine {...script} onClose={() => setScript(null)} />}
    </section>
  );
}
