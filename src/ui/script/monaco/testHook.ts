import { monaco } from './setupMonaco';

/**
 * An e2e aid: exposes the open editor on `window.__ifsMonaco` so Playwright can read the text,
 * the cursor and the markers from the model (the DOM only renders visible lines). Present only
 * while the editor is open; returns its removal.
 */
export function exposeEditorForTests(editor: monaco.editor.IStandaloneCodeEditor): () => void {
  const hook = {
    getValue: () => editor.getValue(),
    getCursor: () => {
      const pos = editor.getPosition();
      return pos ? { line: pos.lineNumber, column: pos.column } : null;
    },
    /** The text right of the cursor on its line (what auto-closing put there). */
    getRestOfLine: () => {
      const pos = editor.getPosition();
      const line = pos ? editor.getModel()?.getLineContent(pos.lineNumber) : undefined;
      return pos && line !== undefined ? line.slice(pos.column - 1) : '';
    },
    getMarkers: () => {
      const uri = editor.getModel()?.uri;
      return (uri ? monaco.editor.getModelMarkers({ resource: uri }) : []).map((m) => ({
        owner: m.owner,
        message: m.message,
        line: m.startLineNumber,
        column: m.startColumn,
      }));
    },
  };
  const w = window as unknown as { __ifsMonaco?: typeof hook };
  w.__ifsMonaco = hook;
  return () => {
    if (w.__ifsMonaco === hook) delete w.__ifsMonaco;
  };
}
