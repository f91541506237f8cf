import { lazy, Suspense, useRef } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useEditor } from '../../store/useEditor';
import { Canvas } from './canvas/Canvas';
import { useEditorShortcuts } from './canvas/useEditorShortcuts';
import { editorUi, useEditorUi } from './editorUi';
import { EditorHeader } from './header/EditorHeader';
import { Palette } from './palette/Palette';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { ScriptOverlay } from './ScriptOverlay';
import '../forms/forms.css';
import './editor.css';

const SimulatePanel = lazy(() => import('../simulate/SimulatePanel'));
// The panel and the dialog load right after the canvas: they are not needed for its first paint.
const PropertiesPanel = lazy(() =>
  import('./properties/PropertiesPanel').then((m) => ({ default: m.PropertiesPanel })),
);
const AdapterDialog = lazy(() =>
  import('./AdapterDialog').then((m) => ({ default: m.AdapterDialog })),
);
const ConfigureDialog = lazy(() =>
  import('./configure/ConfigureDialog').then((m) => ({ default: m.ConfigureDialog })),
);
const closeSimulation = () => editorUi.setState({ simulateOpen: false });

/**
 * The flow editor page: header, palette, canvas with the problems panel below it, the
 * properties panel (and the simulation panel when on). The shell opens the flow in the
 * editor store (editorStore.open) before rendering this.
 */
export default function FlowEditor() {
  const flow = useEditor((s) => s.flow);
  const simulate = useEditorUi((s) => s.simulateOpen);
  const configure = useEditorUi((s) => s.configureOpen);
  const root = useRef<HTMLElement>(null);
  useEditorShortcuts(root);
  if (!flow) {
    return (
      <section className="ifs-editor ifs-editor--empty" aria-label="Flow editor">
        <p>No flow is open.</p>
      </section>
    );
  }
  return (
    <ReactFlowProvider>
      <section
        ref={root}
        className={`ifs-editor${simulate ? ' is-simulating' : ''}`}
        aria-label="Flow editor"
      >
        <EditorHeader />
        <Palette />
        <div className="ifs-editor__center">
          <Canvas flow={flow} />
          <ProblemsPanel />
        </div>
        {simulate && (
          <div className="ifs-editor__simulate">
            <Suspense fallback={<p role="status">Loading the simulation…</p>}>
              <SimulatePanel onClose={closeSimulation} />
            </Suspense>
          </div>
        )}
        <Suspense fallback={<section className="ifs-props" aria-label="Properties" aria-busy />}>
          <PropertiesPanel />
        </Suspense>
        <Suspense fallback={null}>
          <AdapterDialog />
        </Suspense>
        <ScriptOverlay />
        {configure && (
          <Suspense fallback={null}>
            <ConfigureDialog />
          </Suspense>
        )}
      </section>
    </ReactFlowProvider>
  );
}
