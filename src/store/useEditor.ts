import { useStore } from 'zustand';
import { editorStore, type EditorStoreState } from './editorStore';

/**
 * Reads the editor store in React with a narrow selector (re-renders only when the selected
 * value changes). For several values at once wrap the selector with `useShallow`.
 */
export function useEditor<T>(selector: (state: EditorStoreState) => T): T {
  return useStore(editorStore, selector);
}
