import { lazy, Suspense, useEffect } from 'react';
import { useEditor } from '../../store/useEditor';
import { closeScriptEditor, focusNode, useEditorUi } from './editorUi';

const ScriptEditor = lazy(() => import('../script/ScriptEditor'));
const StylesheetEditor = lazy(() => import('../xslt/StylesheetEditor'));

/**
 * Large overlay hosting the (lazily loaded, heavy) script editor for one Script step. The
 * editor component provides its own dialog semantics and close button; this only frames it.
 */
export function ScriptOverlay() {
  const stepId = useEditorUi((s) => s.scriptStepId);
  const line = useEditorUi((s) => s.scriptLine);
  // An XSLT Mapping step opens its stylesheet in the same frame.
  const xslt = useEditor(
    (s) => s.flow?.process.steps.find((x) => x.id === stepId)?.type === 'xsltMapping',
  );
  // Give focus back to what opened the editor (the Script node or the "Edit script" button),
  // or to the step when that is gone (a problem fixed in the editor leaves the problems list).
  useEffect(() => {
    if (!stepId) return;
    const opener = document.activeElement as HTMLElement | null;
    return () => {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
      else focusNode(stepId);
    };
  }, [stepId]);
  if (!stepId) return null;
  return (
    <div className="ifs-script-overlay">
      <div className="ifs-script-overlay__frame">
        <Suspense
          fallback={
            <p className="ifs-script-overlay__loading" role="status">
              Loading the script editor…
            </p>
          }
        >
          {xslt ? (
            <StylesheetEditor
              key={stepId}
              stepId={stepId}
              line={line ?? undefined}
              onClose={closeScriptEditor}
            />
          ) : (
            <ScriptEditor
              key={stepId}
              stepId={stepId}
              line={line ?? undefined}
              onClose={closeScriptEditor}
            />
          )}
        </Suspense>
      </div>
    </div>
  );
}
