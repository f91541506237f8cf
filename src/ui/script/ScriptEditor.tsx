// The Script step editor: Monaco on the step's script resource beside a live preview of the
// script run on the step's sample message. Loaded lazily by the canvas, with Monaco in this chunk:
// `lazy(() => import('../script/ScriptEditor'))`.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { DEFAULT_FUNCTION } from '../../core/script/template';
import type { ScriptConfig } from '../../core/steps/script';
import { useEditor } from '../../store/useEditor';
import { MonacoPane, type CodeEditor } from './MonacoPane';
import { PreviewOutput } from './PreviewOutput';
import { SampleEditor } from './SampleEditor';
import { ScriptResourceBar } from './ScriptResourceBar';
import { useLivePreview, type PreviewRun } from './useLivePreview';
import { useSampleDraft } from './useSampleDraft';
import './scriptEditor.css';

export interface ScriptEditorProps {
  stepId: string;
  onClose: () => void;
  /** Line to reveal and put the cursor on (e.g. where a simulation run failed). */
  line?: number;
}

const MB = 1024 * 1024;

export default function ScriptEditor({ stepId, onClose, line }: ScriptEditorProps) {
  const flow = useEditor((s) => s.flow);
  const step = flow?.process.steps.find((s) => s.id === stepId);
  const stepConfig = step?.config as Partial<ScriptConfig> | undefined;
  // Stable while the step's config is, so the memoised resource bar skips preview results.
  const config: ScriptConfig = useMemo(
    () => ({ scriptFile: '', functionName: '', ...stepConfig }),
    [stepConfig],
  );
  const scripts = flow?.resources.scripts ?? [];
  const [choice, setChoice] = useState<string | null>(null);
  // The script shown: the user's choice while it exists, else the step's own script.
  const shown =
    choice !== null && scripts.some((s) => s.name === choice) ? choice : config.scriptFile;
  const script = scripts.find((s) => s.name === shown);
  const [source, setSource] = useState<string | null>(null);
  const editorRef = useRef<CodeEditor | null>(null);
  const flushRef = useRef<() => void>(() => {});
  const { draft, sample, setDraft } = useSampleDraft(stepId);
  const limits = flow?.settings.limits;
  const groovy = script?.language === 'groovy';
  const preview = useLivePreview({
    source: script ? source : null,
    language: groovy ? 'groovy' : 'javascript',
    functionName: config.functionName || DEFAULT_FUNCTION,
    fileName: shown,
    sample,
    timeMs: limits?.scriptTimeMs ?? 1000,
    memoryBytes: (limits?.scriptMemoryMb ?? 64) * MB,
  });

  const flush = useCallback(() => flushRef.current(), []);
  // The typed text reaches the flow once its preview has painted and the page is idle, so the
  // store update and the canvas re-render never delay a preview run (see MonacoPane).
  const onPainted = useCallback((run: PreviewRun) => {
    if (editorRef.current?.getValue() !== run.source) return; // still typing: the next run writes
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => flushRef.current(), { timeout: 100 });
    else setTimeout(() => flushRef.current(), 0);
  }, []);

  useEffect(() => editorRef.current?.focus(), [shown]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !line) return;
    const reveal = () => {
      editor.revealLineInCenter(line);
      editor.setPosition({ lineNumber: line, column: 1 });
      editor.focus();
    };
    if (editor.getModel()) {
      reveal();
      return;
    }
    // The model is attached one render after the editor is created.
    const sub = editor.onDidChangeModel(() => {
      sub.dispose();
      reveal();
    });
    return () => sub.dispose();
  }, [line, shown]);

  const close = () => {
    flushRef.current();
    onClose();
  };
  const action = (id: string) => {
    const editor = editorRef.current;
    editor?.focus();
    void editor?.getAction(id)?.run();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // Monaco handles an Escape that closes one of its widgets (find, suggestions, a selection)
    // and stops it; one it lets through closes the editor, from the code as from elsewhere.
    if (e.key === 'Escape' && !e.defaultPrevented && !e.nativeEvent.isComposing) close();
  };

  if (!flow || !step) {
    return (
      <div role="dialog" aria-modal="true" aria-label="Script editor" className="ifs-script-dialog">
        <p>This step no longer exists.</p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    );
  }

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label={`Script editor — ${shown || 'no script'}`}
      className="ifs-script-dialog"
      onKeyDown={onKeyDown}
    >
      <header className="ifs-script-header">
        <h2>
          {step.name} <span className="ifs-muted">script/{shown || '—'}</span>
        </h2>
        <div className="ifs-script-tools">
          <button
            type="button"
            disabled={!script}
            onClick={() => action('editor.action.formatDocument')}
          >
            Format
          </button>
          <button type="button" disabled={!script} onClick={() => action('actions.find')}>
            Find
          </button>
          <button type="button" disabled={!script} onClick={preview.runNow}>
            Run
          </button>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      </header>
      <ScriptResourceBar
        flow={flow}
        stepId={stepId}
        config={config}
        shown={shown}
        onShow={setChoice}
        flush={flush}
      />
      <div className="ifs-script-body">
        <div className="ifs-script-code">
          {script ? (
            <MonacoPane
              scriptName={script.name}
              language={script.language}
              content={script.content}
              runError={preview.run?.result.error}
              onSourceChange={setSource}
              editorRef={editorRef}
              flushRef={flushRef}
            />
          ) : (
            <p className="ifs-script-empty">
              This step has no script yet. Choose one above or create one with “New script”.
            </p>
          )}
        </div>
        <section role="region" aria-label="Preview" className="ifs-script-preview">
          <SampleEditor draft={draft} onChange={setDraft} />
          <div className="ifs-preview-head">
            <h3>Output</h3>
            <span role="status" className="ifs-muted">
              {preview.running ? 'Running…' : ''}
            </span>
          </div>
          <PreviewOutput run={preview.run} onPainted={onPainted} />
        </section>
      </div>
    </div>
  );
}
