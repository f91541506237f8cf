// In-page helpers of `npm run bench:ui`, installed as an init script in every page. They time
// from a key event (or navigation start) to the animation frame in which the DOM shows the
// result, so the figures include React's commit and React Flow's update, not Playwright's
// round trips.

/** What the page waits for after an input. */
export type Expectation =
  | { kind: 'painted'; id: string }
  | { kind: 'selected'; id: string }
  | { kind: 'allSelected' }
  | { kind: 'transform'; id: string; transform: string }
  | { kind: 'moved'; id: string; from: string }
  | { kind: 'gone'; id: string };

export interface BenchPage {
  /** Resolves with performance.now() of the frame in which the flow is painted (+2 frames). */
  __benchPainted: Promise<number>;
  /** Starts waiting for `e`; the clock starts at the next keydown (or now, when `now`). */
  __benchArm(e: Expectation, now?: boolean): void;
  /** Null while waiting; then ms from the start to the frame showing the result. */
  __benchResult: { ms: number; at: number } | null;
  __benchFrames: number[];
  __benchRecording: boolean;
}

function installProbes(painted: { id: string } | null) {
  const w = window as unknown as BenchPage;
  const node = (id: string) =>
    document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  const check = (e: Expectation): boolean => {
    switch (e.kind) {
      case 'painted': {
        const el = node(e.id);
        return (
          !!el &&
          el.style.visibility !== 'hidden' &&
          !document.querySelector('.react-flow__node[style*="visibility: hidden"]') &&
          document.querySelectorAll('.react-flow__edge').length > 0
        );
      }
      case 'selected':
        return !!node(e.id)?.classList.contains('selected');
      case 'allSelected': {
        const all = document.querySelectorAll('.react-flow__node:not(.react-flow__node-pool)');
        return (
          all.length > 0 &&
          !document.querySelector('.react-flow__node:not(.react-flow__node-pool):not(.selected)')
        );
      }
      case 'transform':
        return node(e.id)?.style.transform === e.transform;
      case 'moved': {
        const t = node(e.id)?.style.transform;
        return !!t && t !== e.from;
      }
      case 'gone':
        return !node(e.id);
    }
  };
  const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
  w.__benchArm = (e, now) => {
    w.__benchResult = null;
    let t0: number | null = now ? performance.now() : null;
    if (!now)
      addEventListener('keydown', (ev) => (t0 ??= ev.timeStamp), { capture: true, once: true });
    const poll = () => {
      if (t0 !== null && check(e)) {
        w.__benchResult = { ms: performance.now() - t0, at: performance.now() };
        return;
      }
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  };
  w.__benchFrames = [];
  w.__benchRecording = false;
  if (painted)
    w.__benchPainted = (async () => {
      const target: Expectation = { kind: 'painted', id: painted.id };
      while (!check(target)) await frame();
      await frame();
      await frame();
      return performance.now();
    })();
}

/** The init script: helpers, and (when `paintedId` is given) the paint probe from document start. */
export function probesInitScript(paintedId: string | null): string {
  return `(${installProbes.toString()})(${JSON.stringify(paintedId ? { id: paintedId } : null)});`;
}
