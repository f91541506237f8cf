import { lazy, Suspense, useEffect, useRef } from 'react';
import type { ScriptEditorProps } from '../script/ScriptEditor';

const ScriptEditor = lazy(() => import('../script/ScriptEditor'));

export interface ScriptAtLineProps {
  stepId: string;
  line?: number;
  onClose: () => void;
}

/** The script editor over everything, opened from a failed run at the failing line. */
export function ScriptAtLine({ stepId, line, onClose }: ScriptAtLineProps) {
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    // Give focus back to the button that opened the editor.
    return () => (opener.current as HTMLElement | null)?.focus?.();
  }, []);
  const props: ScriptEditorProps = { stepId, onClose, ...(line !== undefined ? { line } : {}) };
  return (
    <div className="ifs-script-overlay">
      <div className="ifs-script-overlay__frame">
        <Suspense
          fallback={<p className="ifs-script-overlay__loading">Loading the script editor…</p>}
        >
          <ScriptEditor key={stepId} {...props} />
        </Suspense>
      </div>
    </div>
  );
}
