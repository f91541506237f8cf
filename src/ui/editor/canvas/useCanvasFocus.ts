import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the keyboard belongs to the canvas: focus is on the canvas (its pane, a node, a link)
 * or on nothing at all (the page body) while no dialog is open.
 *
 * React Flow's key handlers (Space to pan, Delete/Backspace to delete) listen on the whole
 * document and only skip inputs, textareas, selects and contenteditable elements. Monaco 0.57
 * types through a native EditContext `div`, which is none of these, so with the handlers always
 * on React Flow called preventDefault() on every Space and Backspace typed into the script
 * editor. The canvas hands its key codes to React Flow only while this is true.
 */
export function useCanvasFocus(canvas: RefObject<HTMLElement | null>): boolean {
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    const update = () => setFocused(ownsKeyboard(canvas.current));
    // focusout to nowhere (a click on something that takes no focus) has no focusin after it.
    const onFocusOut = (e: FocusEvent) => {
      if (!e.relatedTarget) setTimeout(update, 0);
    };
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', onFocusOut);
    update();
    return () => {
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [canvas]);
  return focused;
}

/**
 * True when the active element is inside `root`, or nothing has focus (a click on the empty
 * canvas in some browsers, a deleted node) and no modal dialog is open.
 */
export function ownsKeyboard(root: Element | null, doc: Document = document): boolean {
  const active = doc.activeElement;
  if (!active || active === doc.body || active === doc.documentElement)
    return !doc.querySelector('[aria-modal="true"], dialog[open]');
  return !!root && root.contains(active);
}
