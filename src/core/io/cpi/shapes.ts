import type { Extensions, Flow } from '../../model/flow';
import { participantSize, stepSize } from '../../layout/sizes';
import { absoluteElementPosition } from '../../model/geometry';
import { cpiExt } from './ext';

/** A shape's box in the diagram (absolute). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * CPI's own bounds of a shape, kept so an export draws the diagram as it came. Our shapes have
 * their own sizes and keep CPI's centres (rounded), so `at` records our box at import: while the
 * element is still there, the export writes CPI's bounds exactly; once it moved, CPI's size
 * around our centre; once it was resized (a pool, a subprocess), our box.
 */
export interface KeptShape {
  bounds: [number, number, number, number];
  at: [number, number, number, number];
}

const tuple = (b: Box): [number, number, number, number] => [b.x, b.y, b.width, b.height];
const same = (a: Box, b: [number, number, number, number]) =>
  Math.abs(a.x - b[0]) < 0.5 &&
  Math.abs(a.y - b[1]) < 0.5 &&
  Math.abs(a.width - b[2]) < 0.5 &&
  Math.abs(a.height - b[3]) < 0.5;

function withShape<T extends { extensions?: Extensions }>(
  el: T,
  cpi: Box | undefined,
  ours: Box | undefined,
): void {
  if (!cpi || !ours) return;
  if (
    ours.x === cpi.x &&
    ours.y === cpi.y &&
    ours.width === cpi.width &&
    ours.height === cpi.height
  )
    return;
  const shape: KeptShape = { bounds: tuple(cpi), at: tuple(ours) };
  el.extensions = { ...el.extensions, cpi: { ...cpiExt(el.extensions), shape } };
}

/**
 * After import: keeps CPI's bounds on every participant, step, Local Integration Process and the
 * Integration Process whose box differs from ours. `bounds` holds CPI's boxes by element id
 * (a pool's by its participant's id).
 */
export function keepShapes(flow: Flow, bounds: ReadonlyMap<string, Box>): void {
  for (const p of flow.participants) {
    withShape(p, bounds.get(p.id), { ...p.position, ...participantSize(p.kind) });
  }
  const pool = cpiExt(flow.process.extensions).participant?.id;
  if (pool) {
    const ours = { ...flow.process.position, ...flow.process.size };
    withShape(flow.process, bounds.get(pool), ours);
  }
  for (const s of flow.process.steps) {
    const at = absoluteElementPosition(flow, s.id);
    if (!at) continue;
    const id = cpiExt(s.extensions).participant?.id ?? s.id;
    withShape(s, bounds.get(id), { ...at, ...stepSize(s) });
  }
}

function keptShape(ext: Extensions | undefined): KeptShape | undefined {
  const k = cpiExt(ext).shape;
  const ok = (v: unknown): v is [number, number, number, number] =>
    Array.isArray(v) &&
    v.length === 4 &&
    v.every((n) => typeof n === 'number' && Number.isFinite(n));
  // Stored data is checked (it came back through the extensions bag).
  return k && ok(k.bounds) && ok(k.at) ? k : undefined;
}

/** The box to write for a shape whose box in the studio is `ours`. */
export function cpiBox(ours: Box, ext: Extensions | undefined): Box {
  const k = keptShape(ext);
  if (!k) return ours;
  const [x, y, width, height] = k.bounds;
  if (same(ours, k.at)) return { x, y, width, height };
  if (Math.abs(ours.width - k.at[2]) >= 0.5 || Math.abs(ours.height - k.at[3]) >= 0.5) return ours;
  return {
    x: ours.x + ours.width / 2 - width / 2,
    y: ours.y + ours.height / 2 - height / 2,
    width,
    height,
  };
}
