import type { Flow, Point, Size } from '../model/flow';
import { getStepType } from '../registry/registry';
import { MIN_POOL_SIZE } from './processCommands';
import { assertFinitePoint, done, fail } from './helpers';
import type { CommandOutcome, CommandPayloads } from './types';

function assertSize(size: Size | undefined, what: string): Size {
  if (!size || !Number.isFinite(size.width) || !Number.isFinite(size.height))
    fail(`${what} needs a valid size`);
  if (size.width <= 0 || size.height <= 0) fail(`${what} needs a positive size`);
  return { width: size.width, height: size.height };
}

/**
 * Applies an arrangement computed by computeLayout (src/core/layout): new positions for
 * participants and steps, sizes for subprocesses and the pool, all as one edit. Ids the flow no
 * longer has are skipped: the flow may have changed while the layout was being computed.
 */
export function flowArrange(flow: Flow, payload: CommandPayloads['flow.arrange']): CommandOutcome {
  const places = new Map<string, { position: Point; size?: Size }>();
  for (const p of payload.participants ?? []) {
    assertFinitePoint(p.position, `"${p.id}"`);
    places.set(p.id, { position: { x: p.position.x, y: p.position.y } });
  }
  const byId = new Map(flow.process.steps.map((s) => [s.id, s]));
  for (const s of payload.steps ?? []) {
    assertFinitePoint(s.position, `"${s.id}"`);
    const step = byId.get(s.id);
    if (s.size && step && !getStepType(step.type)?.container)
      fail(`"${step.name}" cannot be resized: only a subprocess has a size of its own`);
    const size = s.size && assertSize(s.size, `"${s.id}"`);
    places.set(s.id, { position: { x: s.position.x, y: s.position.y }, ...(size ? { size } : {}) });
  }
  const pool = payload.process ?? {};
  if (pool.position) assertFinitePoint(pool.position, 'The Integration Process');
  const poolSize = pool.size && assertSize(pool.size, 'The Integration Process');
  if (poolSize && (poolSize.width < MIN_POOL_SIZE.width || poolSize.height < MIN_POOL_SIZE.height))
    fail(
      `The Integration Process must be at least ${MIN_POOL_SIZE.width} × ${MIN_POOL_SIZE.height}`,
    );

  let changed = false;
  const same = (a: Point | Size | undefined, b: Point | Size | undefined) =>
    JSON.stringify(a) === JSON.stringify(b);
  const place = <T extends { id: string; position: Point; size?: Size }>(item: T): T => {
    const to = places.get(item.id);
    if (!to) return item;
    const size = to.size ?? item.size;
    if (same(to.position, item.position) && same(size, item.size)) return item;
    changed = true;
    return { ...item, position: to.position, ...(size ? { size } : {}) };
  };
  const participants = flow.participants.map(place);
  const steps = flow.process.steps.map(place);
  const position = pool.position ? { ...pool.position } : flow.process.position;
  const size = poolSize ?? flow.process.size;
  if (!same(position, flow.process.position) || !same(size, flow.process.size)) changed = true;
  if (!changed) return done(flow);
  return done({ ...flow, participants, process: { ...flow.process, position, size, steps } });
}
