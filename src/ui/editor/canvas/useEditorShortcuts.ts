import { useEffect, type RefObject } from 'react';
import type { ClipboardData } from '../../../core';
import { copySelection, isClipboardEmpty } from '../../../core/commands';
import { editorStore } from '../../../store/editorStore';
import { alertError, toast } from '../../shell/notify';
import { editorUi, openScriptEditor } from '../editorUi';
import { isTypingTarget, shortcutFor, type EditorShortcut } from './shortcuts';
import { ownsKeyboard } from './useCanvasFocus';

// The clipboard outlives the editor (copy in one flow, paste in another), not the tab.
let clipboard: ClipboardData | null = null;
let pasteCount = 0;
const PASTE_STEP = 30;

/** Ids that copy/cut/delete act on: the pool itself is never copied or deleted. */
function selectedElements(): string[] {
  const { flow, selection } = editorStore.getState();
  return flow ? selection.filter((id) => id !== flow.process.id) : [];
}

function run(action: EditorShortcut): boolean {
  const state = editorStore.getState();
  const { flow } = state;
  if (!flow) return false;
  switch (action) {
    case 'undo':
      state.undo();
      return true;
    case 'redo':
      state.redo();
      return true;
    case 'selectAll':
      state.select([...flow.participants.map((p) => p.id), ...flow.process.steps.map((s) => s.id)]);
      return true;
    case 'copy':
    case 'cut': {
      const ids = selectedElements();
      const copied = copySelection(flow, ids);
      if (isClipboardEmpty(copied)) return false;
      clipboard = copied;
      pasteCount = 0;
      if (action === 'cut') {
        const r = state.dispatch('element.delete', { ids });
        if (!r.ok) alertError(r.error);
      }
      toast(action === 'cut' ? 'Cut to the clipboard' : 'Copied to the clipboard');
      return true;
    }
    case 'paste': {
      if (!clipboard) return false;
      pasteCount++;
      const offset = { x: PASTE_STEP * pasteCount, y: PASTE_STEP * pasteCount };
      const r = state.dispatch('elements.paste', { clipboard, offset });
      if (!r.ok) alertError(r.error);
      else state.select(r.created);
      return true;
    }
    case 'duplicate': {
      const ids = selectedElements();
      if (ids.length === 0) return false;
      const r = state.dispatch('elements.duplicate', { ids });
      if (!r.ok) alertError(r.error);
      else state.select(r.created);
      return true;
    }
  }
}

/** Opens the script editor when Enter is pressed on a focused Script node. */
function enterOnNode(target: EventTarget | null): boolean {
  const el = (target as HTMLElement | null)?.closest?.<HTMLElement>('.react-flow__node');
  const id = el?.dataset.id;
  const step = id ? editorStore.getState().flow?.process.steps.find((s) => s.id === id) : undefined;
  if (step?.type !== 'script' && step?.type !== 'xsltMapping') return false;
  openScriptEditor(step.id);
  return true;
}

/**
 * Editor keyboard commands: undo/redo anywhere in the editor; copy/cut/paste, duplicate, select
 * all, Enter on a Script step and Escape (clears the selection) only while the canvas has the
 * keyboard (focus on the canvas, or on nothing). Never while typing (inputs, Monaco, dialogs keep
 * their own undo).
 */
export function useEditorShortcuts(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target)) return;
      const t = e.target as Node | null;
      const inside = t === document.body || (!!t && !!root.current?.contains(t));
      if (!inside || editorUi.getState().scriptStepId) return;
      const action = shortcutFor(e);
      if (action !== 'undo' && action !== 'redo') {
        const canvas = root.current?.querySelector('.ifs-canvas') ?? null;
        if (!ownsKeyboard(canvas)) return;
      }
      if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && enterOnNode(e.target)) {
        e.preventDefault();
        return;
      }
      if (e.key === 'Escape' && editorStore.getState().selection.length) {
        editorStore.getState().select([]);
        return;
      }
      if (action && run(action)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [root]);
}
