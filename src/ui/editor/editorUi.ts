import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** A connection waiting for the user to pick its adapter type. */
export interface PendingAdapter {
  source: string;
  target: string;
  direction: 'sender' | 'receiver';
}

/**
 * View state of the flow editor that is neither part of the flow nor undoable: open overlays,
 * panel toggles, snap to grid. One small store so the palette, the canvas, the panels and the
 * header can reach it without prop chains.
 */
export interface EditorUiState {
  scriptStepId: string | null;
  /** Line the script editor reveals when it opens (a problem's or a failed run's line). */
  scriptLine: number | null;
  simulateOpen: boolean;
  problemsOpen: boolean;
  minimapOpen: boolean;
  snapToGrid: boolean;
  pendingAdapter: PendingAdapter | null;
  /** The Configure dialog (externalised parameters) is open. */
  configureOpen: boolean;
}

export const editorUi = createStore<EditorUiState>(() => ({
  scriptStepId: null,
  scriptLine: null,
  simulateOpen: false,
  problemsOpen: true,
  minimapOpen: true,
  snapToGrid: false,
  pendingAdapter: null,
  configureOpen: false,
}));

export function useEditorUi<T>(selector: (s: EditorUiState) => T): T {
  return useStore(editorUi, selector);
}

export const openScriptEditor = (stepId: string, line?: number) =>
  editorUi.setState({ scriptStepId: stepId, scriptLine: line ?? null });
export const closeScriptEditor = () => editorUi.setState({ scriptStepId: null, scriptLine: null });

/** Gives a canvas node the keyboard focus once drawn (React Flow pans a focused node into view). */
export const focusNode = (id: string) =>
  requestAnimationFrame(() =>
    document
      .querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
      ?.focus({ preventScroll: true }),
  );

export const openConfigure = () => editorUi.setState({ configureOpen: true });
export const closeConfigure = () => editorUi.setState({ configureOpen: false });
