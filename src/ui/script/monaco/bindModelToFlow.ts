import type { RefObject } from 'react';
import type { Flow } from '../../../core/model/flow';
import { editorStore } from '../../../store/editorStore';
import { holdEdits } from '../../../store/pendingEdits';
import type { monaco } from './setupMonaco';

export interface ModelBinding {
  editor: monaco.editor.IStandaloneCodeEditor;
  model: monaco.editor.ITextModel;
  /** The text the model was created with (what the flow holds now). */
  initial: string;
  /** The resource's text in a flow (undefined when the flow no longer has it). */
  read: (flow: Flow) => string | undefined;
  /** Writes typed text to the flow (one store command, coalesced per resource). */
  write: (text: string) => void;
  /** Typing is written this long after the last key, or at once by `flushRef`. */
  delayMs: number;
  /** Every change of the model's text (the live preview). */
  onText: (text: string) => void;
  /** Writes what is typed and not written yet; the caller flushes before it reads the flow. */
  flushRef: RefObject<() => void>;
}

/**
 * Binds a Monaco model to a text resource of the flow in the editor store (a script, a
 * stylesheet): typing is written as one undo step per burst, leaving the page writes what is
 * typed at once (autosave flushes held edits first), and a change made outside the editor (the
 * app's undo/redo) is taken over keeping cursor and scroll. Returns the unbinding, which writes
 * what is still pending.
 */
export function bindModelToFlow(b: ModelBinding): () => void {
  const { editor, model, flushRef } = b;
  let synced = b.initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let applyingOutside = false;
  const write = () => {
    timer = undefined;
    const value = model.getValue();
    if (value === synced) return;
    synced = value;
    b.write(value);
  };
  flushRef.current = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      write();
    }
  };
  const release = holdEdits(() => flushRef.current());
  const sub = model.onDidChangeContent(() => {
    b.onText(model.getValue());
    if (applyingOutside) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, b.delayMs);
  });
  const unsubscribe = editorStore.subscribe((state) => {
    const outside = state.flow ? b.read(state.flow) : undefined;
    if (outside === undefined || outside === synced) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    synced = outside;
    if (model.getValue() === outside) return;
    const view = editor.saveViewState();
    applyingOutside = true;
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: outside }], () => null);
    applyingOutside = false;
    if (view) editor.restoreViewState(view);
  });
  return () => {
    flushRef.current();
    flushRef.current = () => {};
    release();
    unsubscribe();
    sub.dispose();
  };
}
