// Mount point (owned by the Script step work): Monaco editor + live preview for one Script step.
// Loaded lazily by the canvas: `lazy(() => import('../script/ScriptEditor'))`.
export interface ScriptEditorProps {
  stepId: string;
  onClose: () => void;
}

export default function ScriptEditor({ onClose }: ScriptEditorProps) {
  return (
    <div role="dialog" aria-label="Script editor">
      <p>The script editor is not available yet.</p>
      <button onClick={onClose}>Close</button>
    </div>
  );
}
