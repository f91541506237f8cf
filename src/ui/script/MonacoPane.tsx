import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import type { ScriptError } from '../../core/script/types';
import { editorStore } from '../../store/editorStore';
import { monaco } from './monaco/setupMonaco';
import { bindModelToFlow } from './monaco/bindModelToFlow';
import { errorMarker } from './runMarkers';
import { useDataTheme } from './useDataTheme';
import { registerGroovy } from './monaco/groovyLanguage';
import { exposeEditorForTests } from './monaco/testHook';

/**
 * Typing is written to the flow (one undo step per burst) once the live preview of the typed text
 * has painted (the editor calls the flush then), so the flow update and the canvas re-render it
 * causes never land while a preview run is in flight. This is the fallback when no preview paints
 * (a run that times out): the autosave's 250 ms on top keep the loss within 1 s.
 */
const WRITE_FALLBACK_MS = 700;
const RUN_MARKER_OWNER = 'script-run';

export type CodeEditor = monaco.editor.IStandaloneCodeEditor;

export interface MonacoPaneProps {
  scriptName: string;
  /** Highlighting: JavaScript, or Groovy (which cannot run yet). */
  language?: 'javascript' | 'groovy';
  /** The script's content in the flow. */
  content: string;
  runError: ScriptError | undefined;
  /** Called with the editor text on every change (drives the live preview). */
  onSourceChange: (source: string) => void;
  /** Filled with the editor instance (toolbar actions) and a flush of the pending write. */
  editorRef: RefObject<CodeEditor | null>;
  flushRef: RefObject<() => void>;
}

/**
 * Monaco on one script resource. The model is the live editing surface with Monaco's own undo;
 * edits reach the flow as debounced 'script.edit' commands, and outside changes of the flow's
 * script (app undo/redo) are applied to the model keeping the cursor.
 */
export const MonacoPane = memo(function MonacoPane(props: MonacoPaneProps) {
  const { scriptName, content, runError, onSourceChange, editorRef, flushRef } = props;
  const language = props.language ?? 'javascript';
  if (language === 'groovy') registerGroovy(monaco);
  const container = useRef<HTMLDivElement>(null);
  const latestLanguage = useRef(language);
  latestLanguage.current = language;
  const [model, setModel] = useState<monaco.editor.ITextModel | null>(null);
  const theme = useDataTheme();
  const themeName = theme === 'dark' ? 'vs-dark' : 'vs';
  const latest = useRef({ content, onSourceChange, themeName });
  latest.current = { content, onSourceChange, themeName };

  useEffect(() => {
    if (!container.current) return;
    const editor = monaco.editor.create(container.current, {
      language: latestLanguage.current,
      theme: latest.current.themeName,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      tabSize: 4,
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      // Not "Script source": that name belongs to the container (a unique label for e2e tests).
      ariaLabel: latestLanguage.current === 'groovy' ? 'Groovy code' : 'JavaScript code',
    });
    editorRef.current = editor;
    const unexpose = exposeEditorForTests(editor);
    return () => {
      editorRef.current = null;
      unexpose();
      editor.dispose();
    };
  }, [editorRef]);

  // One model per shown script; switching scripts starts a fresh Monaco undo stack.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const text = latest.current.content;
    const next = monaco.editor.createModel(text, latestLanguage.current);
    next.updateOptions({ tabSize: 4, insertSpaces: true });
    editor.setModel(next);
    setModel(next);
    latest.current.onSourceChange(text);
    const unbind = bindModelToFlow({
      editor,
      model: next,
      initial: text,
      read: (flow) => flow.resources.scripts.find((s) => s.name === scriptName)?.content,
      write: (content) =>
        editorStore
          .getState()
          .dispatch(
            'script.edit',
            { name: scriptName, content },
            { coalesceKey: `script:${scriptName}` },
          ),
      delayMs: WRITE_FALLBACK_MS,
      onText: (t) => latest.current.onSourceChange(t),
      flushRef,
    });
    return () => {
      unbind();
      next.dispose();
    };
  }, [scriptName, editorRef, flushRef]);

  useEffect(() => monaco.editor.setTheme(themeName), [themeName]);

  // The shown script's language names the editor for assistive tech (the model carries its own
  // language; switching from a .js to a .groovy script keeps the same editor).
  useEffect(() => {
    editorRef.current?.updateOptions({
      ariaLabel: language === 'groovy' ? 'Groovy code' : 'JavaScript code',
    });
  }, [editorRef, language, model]);

  useEffect(() => {
    if (!model || model.isDisposed()) return;
    const marker = runError
      ? errorMarker(runError, model.getLineCount(), (line) => model.getLineLength(line))
      : null;
    monaco.editor.setModelMarkers(model, RUN_MARKER_OWNER, marker ? [marker] : []);
  }, [model, runError]);

  return (
    <div ref={container} className="ifs-script-monaco" role="group" aria-label="Script source" />
  );
});
