import { useId, useLayoutEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { rescueFocus } from './rescueFocus';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons row. Inside the form when `onSubmit` is set, so a submit button submits it. */
  footer?: ReactNode;
  /** Makes the dialog a form: Enter in a field submits. */
  onSubmit?: () => void;
  wide?: boolean;
}

const FOCUSABLE = 'input:not([disabled]),select,textarea,button:not([disabled]),[href]';

/**
 * Modal dialog on the native <dialog> element: showModal() makes the rest of the page inert
 * (the focus trap) and puts the dialog in the top layer above the canvas. Escape calls onClose
 * instead of closing natively, so React state stays the single source of truth; focus goes back
 * to the element that opened the dialog.
 */
export function Dialog({ title, onClose, children, footer, onSubmit, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });

  useLayoutEffect(() => {
    const dlg = ref.current;
    if (!dlg) return;
    const opener = document.activeElement as HTMLElement | null;
    if (!dlg.open) dlg.showModal();
    // Start in the first field (or the marked element), not on the header's close button.
    // (Scoped with a nested query: '.dialog-body ' + FOCUSABLE would scope only its first part.)
    const first =
      dlg.querySelector<HTMLElement>('[data-autofocus]') ??
      dlg.querySelector('.dialog-body')?.querySelector<HTMLElement>(FOCUSABLE) ??
      dlg.querySelector('.dialog-footer')?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    const onCancel = (e: Event) => {
      e.preventDefault();
      onCloseRef.current();
    };
    dlg.addEventListener('cancel', onCancel);
    return () => {
      dlg.removeEventListener('cancel', onCancel);
      if (dlg.open) dlg.close();
      if (opener?.isConnected) {
        opener.focus();
        rescueFocus(opener); // a row's Delete: the row goes once the deletion is done
      }
    };
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit?.();
  };
  const inner = (
    <>
      <div className="dialog-body">{children}</div>
      {footer && <div className="dialog-footer">{footer}</div>}
    </>
  );
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          aria-label="Close dialog"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {onSubmit ? (
        <form onSubmit={submit} noValidate>
          {inner}
        </form>
      ) : (
        inner
      )}
    </dialog>
  );
}
