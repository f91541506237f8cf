const FOCUSABLE = 'input:not([disabled]),select,textarea,button:not([disabled]),[href]';

/**
 * For a control that may leave the page while it has the focus (a row's Delete button, given
 * the focus back by its confirmation dialog): once it is gone and the focus fell to the page,
 * the first control of the nearest section still there takes it. Watches for a few seconds (the
 * removal may wait for storage) and stops as soon as the focus moves elsewhere.
 */
export function rescueFocus(el: HTMLElement): void {
  const sections: Element[] = [];
  for (let a = el.closest('section, [role=region]'); a; a = a.parentElement)
    if (a.matches('section, [role=region]')) sections.push(a);
  const until = performance.now() + 3000;
  const check = () => {
    const at = document.activeElement;
    if (el.isConnected) {
      if (at === el && performance.now() < until) requestAnimationFrame(check);
      return;
    }
    if (at && at !== document.body) return;
    sections
      .find((s) => s.isConnected)
      ?.querySelector<HTMLElement>(FOCUSABLE)
      ?.focus();
  };
  requestAnimationFrame(check);
}
