import { useEffect, useRef } from 'react';

/**
 * After a page change that took the keyboard focus with it (the link, button or dialog that led
 * here is gone, so the focus fell to the page), the new page's heading takes it: keyboard and
 * screen-reader users go on from the top of the page instead of from the shell bar. The page
 * may still be loading: its heading is looked for during a few frames. Not on the first page.
 */
export function useFocusOnPageChange(pageKey: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let frames = 0;
    let id = 0;
    const look = () => {
      if (document.activeElement && document.activeElement !== document.body) return;
      const heading = document.querySelector<HTMLElement>('#main h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      } else if (++frames < 90) id = requestAnimationFrame(look);
    };
    id = requestAnimationFrame(look);
    return () => cancelAnimationFrame(id);
  }, [pageKey]);
}
