import type { Flow, Participant, Size, Step } from '../model/flow';
import { isOwnPool, stepSize } from '../layout/sizes';

/** Room kept between a step and the border of the pool or subprocess that holds it. */
export const FIT_MARGIN = 16;

/**
 * The flow with the subprocesses holding the given steps, and then the pool, grown until each
 * of those steps lies inside with a margin: add, paste and resize call it so no step ever
 * overlaps a border. Growth is to the right and bottom only, so no relative position changes;
 * participants lying right of (or below) the pool move along, so the pool never covers them.
 * Returns the same flow object when nothing had to grow.
 */
export function growToFit(flow: Flow, ids: Iterable<string>): Flow {
  const byId = new Map(flow.process.steps.map((s) => [s.id, s]));
  const grown = new Map<string, Size>();
  const sizeOf = (s: Step) => grown.get(s.id) ?? stepSize(s);
  let pool = flow.process.size;
  const queue = [...ids];
  // A grown subprocess is queued in turn, so its own parent (or the pool) grows around it.
  for (let i = 0; i < queue.length && i < 10_000; i++) {
    const step = byId.get(queue[i] as string);
    if (!step) continue;
    const parent = step.parentId === undefined ? undefined : byId.get(step.parentId);
    if (!parent) {
      // A Local Integration Process is a pool of its own: the main pool does not hold it.
      if (!isOwnPool(step)) pool = enclose(pool, step, sizeOf(step));
      continue;
    }
    const before = sizeOf(parent);
    const after = enclose(before, step, sizeOf(step));
    if (after !== before) {
      grown.set(parent.id, after);
      queue.push(parent.id);
    }
  }
  if (grown.size === 0 && pool === flow.process.size) return flow;
  const steps = flow.process.steps.map((s) => {
    const size = grown.get(s.id);
    return size ? { ...s, size } : s;
  });
  return {
    ...flow,
    participants: shiftParticipants(flow, pool),
    process: { ...flow.process, steps, size: pool },
  };
}

/** `outer` grown (or the same object) so a child at its relative position fits with a margin. */
function enclose(outer: Size, child: Step, size: Size): Size {
  const width = Math.max(outer.width, Math.ceil(child.position.x + size.width + FIT_MARGIN));
  const height = Math.max(outer.height, Math.ceil(child.position.y + size.height + FIT_MARGIN));
  return width === outer.width && height === outer.height ? outer : { width, height };
}

/** Participants right of / below the old pool move by as much as the pool grew that way. */
function shiftParticipants(flow: Flow, size: Size): Participant[] {
  const { position, size: old } = flow.process;
  const dx = size.width - old.width;
  const dy = size.height - old.height;
  return flow.participants.map((p) => {
    const right = dx > 0 && p.position.x >= position.x + old.width;
    const below = dy > 0 && p.position.y >= position.y + old.height;
    if (!right && !below) return p;
    return {
      ...p,
      position: { x: p.position.x + (right ? dx : 0), y: p.position.y + (below ? dy : 0) },
    };
  });
}
