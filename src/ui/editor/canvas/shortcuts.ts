export type EditorShortcut = 'undo' | 'redo' | 'copy' | 'cut' | 'paste' | 'duplicate' | 'selectAll';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Maps a key event to an editor shortcut (Ctrl on Windows/Linux, Cmd on macOS). Delete,
 * arrows and Tab are React Flow's own; this covers the commands the editor adds.
 */
export function shortcutFor(e: KeyLike): EditorShortcut | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (e.shiftKey) return null;
  if (key === 'y') return 'redo';
  if (key === 'c') return 'copy';
  if (key === 'x') return 'cut';
  if (key === 'v') return 'paste';
  if (key === 'd') return 'duplicate';
  if (key === 'a') return 'selectAll';
  return null;
}

/**
 * True when the key belongs to a text field (or Monaco, or a dialog), where the browser's own
 * undo, copy and paste must apply instead of the canvas commands. A checkbox or a list has no
 * undo of its own: Ctrl+Z there undoes the edit just made with it.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  return !!el.closest(
    'input:not([type=checkbox]), textarea, [contenteditable="true"], .monaco-editor, dialog, [role="dialog"]',
  );
}
