// The XSLT Mapping step's editor: Monaco (XML) on the step's stylesheet beside a live preview of
// the stylesheet run on the step's sample message. Loaded lazily, with Monaco and the XSLT
// processor in its chunk.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { fileText, findStylesheet } from '../../core';
import type { XsltMappingConfig } from '../../core/steps/xsltMapping/config';
import { runXslt, XsltError } from '../../core/steps/xsltMapping/xslt';
import { useEditor } from '../../store/useEditor';
import { SampleEditor } from '../script/SampleEditor';
import { draftToSample, useSampleDraft } from '../script/useSampleDraft';
import { XmlPane, type XmlEditor } from './XmlPane';
import '../script/scriptEditor.css';

export interface StylesheetEditorProps {
  stepId: string;
  onClose: () => void;
  /** Line to reveal (where a run failed). */
  line?: number;
}

type Preview = { output: string } | { error: XsltError };
const PREVIEW_DELAY_MS = 250;

export default function StylesheetEditor({ stepId, onClose, line }: StylesheetEditorProps) {
  const flow = useEditor((s) => s.flow);
  const step = flow?.process.steps.find((s) => s.id === stepId);
  const config = step?.config as Partial<XsltMappingConfig> | undefined;
  const file = flow && config?.mappingFile ? findStylesheet(flow, config.mappingFile) : undefined;
  const name = file?.path.replace(/^.*\//, '') ?? '';
  const content = file ? fileText(file) : '';
  const [source, setSource] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const editorRef = useRef<XmlEditor | null>(null);
  const flushRef = useRef<() => void>(() => {});
  const { draft, setDraft } = useSampleDraft(stepId);

  // The preview: the stylesheet as typed, on the sample body with its headers and properties.
  useEffect(() => {
    if (source === null || !flow) return;
    let live = true;
    const timer = setTimeout(() => {
      const sample = draftToSample(draft);
      runXslt({
        stylesheet: source,
        fileName: name,
        input: sample.body,
        params: { ...sample.properties, ...sample.headers },
        resolve: (href) => {
          const other = findStylesheet(flow, href);
          return other && fileText(other);
        },
      }).then(
        (output) => live && setPreview({ output }),
        (e: unknown) =>
          live &&
          setPreview({
            error: e instanceof XsltError ? e : new XsltError(String((e as Error).message ?? e)),
          }),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [source, draft, flow, name]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    editor.focus();
    if (line) {
      editor.revealLineInCenter(line);
      editor.setPosition({ lineNumber: line, column: 1 });
    }
  }, [line, name]);

  const close = () => {
    flushRef.current();
    onClose();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented && !e.nativeEvent.isComposing) close();
  };
  const error = preview && 'error' in preview ? preview.error : undefined;
  const stylesheetError = error && !error.inBody ? error : undefined;

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label={`XSLT editor — ${name || 'no stylesheet'}`}
      className="ifs-script-dialog"
      onKeyDown={onKeyDown}
    >
      <header className="ifs-script-header">
        <h2>
          {step?.name ?? 'XSLT Mapping'} <span className="ifs-muted">mapping/{name || '—'}</span>
        </h2>
        <div className="ifs-script-tools">
          <button
            type="button"
            disabled={!file}
            onClick={() => {
              editorRef.current?.focus();
              void editorRef.current?.getAction('actions.find')?.run();
            }}
          >
            Find
          </button>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      </header>
      <div className="ifs-script-body">
        <div className="ifs-script-code">
          {file ? (
            <XmlPane
              name={name}
              content={content}
              error={stylesheetError}
              onSourceChange={setSource}
              editorRef={editorRef}
              flushRef={flushRef}
            />
          ) : (
            <p className="ifs-script-empty">
              {config?.source === 'header'
                ? `This step takes its stylesheet from the header "${config.headerName ?? ''}" at run time.`
                : 'This step has no stylesheet yet. Choose one in its Resource field or create one with “New XSLT stylesheet…”.'}
            </p>
          )}
        </div>
        <section role="region" aria-label="Preview" className="ifs-script-preview">
          <SampleEditor draft={draft} onChange={setDraft} />
          <div className="ifs-preview-head">
            <h3>Output</h3>
          </div>
          {preview === null ? (
            <p className="ifs-muted">Type in the stylesheet or the sample to see its output.</p>
          ) : 'output' in preview ? (
            <pre aria-label="Output body" className="ifs-preview-body">
              {preview.output}
            </pre>
          ) : (
            <p role="alert" className="ifs-preview-error">
              {preview.error.message}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
