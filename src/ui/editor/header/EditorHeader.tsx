import { Suspense, useId } from 'react';
import { useReactFlow } from '@xyflow/react';
import { computeLayout } from '../../../core';
import { editorStore } from '../../../store/editorStore';
import { useEditor } from '../../../store/useEditor';
import { MenuButton } from '../../shell/MenuButton';
import { alertError } from '../../shell/notify';
import { DeployControls } from '../../tenant/routes';
import { editorUi, useEditorUi } from '../editorUi';
import { SaveStatus } from './SaveStatus';
import { FLOW_NAME_NEEDED, useFlowNameDraft } from '../useFlowNameDraft';
import './header.css';

/** Downloads the open flow; the download code loads on first use (the editor draws without it). */
function exportOpenFlow(as: 'flow' | 'cpi'): void {
  const flow = editorStore.getState().flow;
  if (!flow) return;
  import('./exportDownload')
    .then((m) => (as === 'flow' ? m.downloadFlow(flow) : m.downloadCpiArchive(flow)))
    .catch((e: unknown) =>
      alertError(`The export could not be made: ${e instanceof Error ? e.message : String(e)}`),
    );
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** The editor's toolbar: back link, flow name, save state, history, layout, view, export, simulate, deploy. */
export function EditorHeader() {
  const flowName = useEditor((s) => s.flow?.name ?? '');
  const packageId = useEditor((s) => s.packageId);
  const canUndo = useEditor((s) => s.canUndo);
  const canRedo = useEditor((s) => s.canRedo);
  const snap = useEditorUi((s) => s.snapToGrid);
  const simulate = useEditorUi((s) => s.simulateOpen);
  const { fitView } = useReactFlow();
  const nameId = useId();
  const name = useFlowNameDraft(flowName);

  const layout = async () => {
    const flow = editorStore.getState().flow;
    if (!flow) return;
    let arrangement;
    try {
      // The layout engine loads on first use; the edit itself is one command (one undo step).
      arrangement = await computeLayout(flow);
    } catch (e) {
      return alertError(`Auto-layout failed: ${(e as Error).message}`);
    }
    // Another flow may have been opened meanwhile; edits to this one are fine (stale ids skip).
    if (editorStore.getState().flow?.id !== flow.id) return;
    const r = editorStore.getState().dispatch('flow.arrange', arrangement);
    if (!r.ok) return alertError(r.error);
    // Let React Flow take the new positions before fitting them.
    requestAnimationFrame(() => void fitView({ duration: 300, padding: 0.15 }));
  };

  return (
    <header className="ifs-editor-header">
      {packageId && (
        <a
          className="ifs-editor-header__back"
          href={`#/packages/${encodeURIComponent(packageId)}`}
          aria-label="Back to package"
          title="Back to package"
        >
          <span aria-hidden="true">←</span> <span className="ifs-btn__text">Back to</span> package
        </a>
      )}
      <label className="ifs-sr-only" htmlFor={nameId}>
        Flow name
      </label>
      <input
        id={nameId}
        className="ifs-editor-header__name"
        value={name.value}
        placeholder={FLOW_NAME_NEEDED}
        aria-invalid={name.invalid || undefined}
        onChange={(e) => name.change(e.target.value)}
        onBlur={name.leave}
        spellCheck={false}
      />
      <SaveStatus />
      <div className="ifs-toolbar" role="toolbar" aria-label="Flow editor tools">
        <button
          type="button"
          className="ifs-btn"
          disabled={!canUndo}
          onClick={() => editorStore.getState().undo()}
          aria-label="Undo"
          title={`Undo (${MOD}Z)`}
        >
          ↶ <span className="ifs-btn__text">Undo</span>
        </button>
        <button
          type="button"
          className="ifs-btn"
          disabled={!canRedo}
          onClick={() => editorStore.getState().redo()}
          aria-label="Redo"
          title={`Redo (${MOD}Shift+Z or Ctrl+Y)`}
        >
          ↷ <span className="ifs-btn__text">Redo</span>
        </button>
        <span className="ifs-toolbar__sep" aria-hidden="true" />
        <button
          type="button"
          className="ifs-btn"
          onClick={() => void layout()}
          title="Arrange the flow left to right"
        >
          Auto-layout
        </button>
        <button
          type="button"
          className="ifs-btn"
          onClick={() => void fitView({ duration: 300, padding: 0.15 })}
          title="Show the whole flow"
        >
          Fit view
        </button>
        <button
          type="button"
          className="ifs-btn"
          aria-pressed={snap}
          onClick={() => editorUi.setState({ snapToGrid: !snap })}
          title="Snap moved elements to a 10 px grid"
        >
          Snap to grid
        </button>
        <span className="ifs-toolbar__sep" aria-hidden="true" />
        <MenuButton
          label="Export"
          title="Download the flow"
          items={[
            {
              label: 'Flow file',
              hint: 'JSON, .flow.json (this studio)',
              onSelect: () => exportOpenFlow('flow'),
            },
            {
              label: 'CPI archive',
              hint: 'Integration flow .zip for SAP Cloud Integration',
              onSelect: () => exportOpenFlow('cpi'),
            },
          ]}
        />
        <button
          type="button"
          className="ifs-btn"
          aria-pressed={simulate}
          onClick={() => {
            editorUi.setState({ simulateOpen: !simulate });
            // The canvas changes width: keep the whole flow in view.
            setTimeout(() => void fitView({ duration: 200, padding: 0.15 }), 50);
          }}
          title="Run the flow on a test message in the browser"
        >
          Simulate
        </button>
        <Suspense fallback={null}>
          <DeployControls />
        </Suspense>
      </div>
    </header>
  );
}
