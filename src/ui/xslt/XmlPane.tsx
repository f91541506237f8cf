import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import { editorStore } from '../../store/editorStore';
import { fileText, findStylesheet } from '../../core';
import { useDataTheme } from '../script/useDataTheme';
import { monaco } from './setupXmlMonaco';
import { exposeEditorForTests } from '../script/monaco/testHook';
import { bindModelToFlow } from '../script/monaco/bindModelToFlow';

const WRITE_DELAY_MS = 400;
const MARKER_OWNER = 'xslt-run';

export type XmlEditor = monaco.editor.IStandaloneCodeEditor;

export interface XmlPaneProps {
  /** The stylesheet's file name under mapping/. */
  name: string;
  content: string;
  /** Where the preview run failed in this stylesheet, if it did. */
  error: { message: string; line?: number; column?: number } | undefined;
  onSourceChange: (source: string) => void;
  editorRef: RefObject<XmlEditor | null>;
  flushRef: RefObject<() => void>;
}

/**
 * Monaco (XML) on one stylesheet of the flow: typing reaches the flow as debounced
 * 'stylesheet.edit' commands (one undo step per burst); an outside change (app undo) is taken
 * over keeping the cursor.
 */
export const XmlPane = memo(function XmlPane(props: XmlPaneProps) {
  const { name, content, error, onSourceChange, editorRef, flushRef } = props;
  const container = useRef<HTMLDivElement>(null);
  const [model, setModel] = useState<monaco.editor.ITextModel | null>(null);
  const theme = useDataTheme() === 'dark' ? 'vs-dark' : 'vs';
  const latest = useRef({ content, onSourceChange });
  latest.current = { content, onSourceChange };

  useEffect(() => {
    if (!container.current) return;
    const editor = monaco.editor.create(container.current, {
      language: 'xml',
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      tabSize: 2,
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      ariaLabel: 'XSLT code',
    });
    editorRef.current = editor;
    const unexpose = exposeEditorForTests(editor);
    return () => {
      editorRef.current = null;
      unexpose();
      editor.dispose();
    };
  }, [editorRef]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const text = latest.current.content;
    const next = monaco.editor.createModel(text, 'xml');
    next.updateOptions({ tabSize: 2, insertSpaces: true });
    editor.setModel(next);
    setModel(next);
    latest.current.onSourceChange(text);
    const unbind = bindModelToFlow({
      editor,
      model: next,
      initial: text,
      read: (flow) => {
        const file = findStylesheet(flow, name);
        return file ? fileText(file) : undefined;
      },
      write: (content) =>
        editorStore
          .getState()
          .dispatch('stylesheet.edit', { name, content }, { coalesceKey: `xslt:${name}` }),
      delayMs: WRITE_DELAY_MS,
      onText: (t) => latest.current.onSourceChange(t),
      flushRef,
    });
    return () => {
      unbind();
      next.dispose();
    };
  }, [name, editorRef, flushRef]);

  useEffect(() => monaco.editor.setTheme(theme), [theme]);

  useEffect(() => {
    if (!model || model.isDisposed()) return;
    const line = error?.line;
    const markers =
      error && line !== undefined && line >= 1 && line <= model.getLineCount()
        ? [
            {
              severity: monaco.MarkerSeverity.Error,
              message: error.message,
              startLineNumber: line,
              startColumn: error.column ?? 1,
              endLineNumber: line,
              endColumn: model.getLineLength(line) + 1,
            },
          ]
        : [];
    monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
  }, [model, error]);

  return (
    <div
      ref={container}
      className="ifs-script-monaco"
      role="group"
      aria-label="Stylesheet source"
    />
  );
});
