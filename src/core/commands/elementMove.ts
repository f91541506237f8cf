import type { Flow, Point, Step } from '../model/flow';
import { findElement } from '../model/elements';
import { isOwnPool } from '../layout/sizes';
import { assertFinitePoint, done, fail } from './helpers';
import type { CommandOutcome, CommandPayloads } from './types';

/** Moves participants (absolute), steps (relative to their container) and the pool (absolute). */
export function elementMove(flow: Flow, payload: CommandPayloads['element.move']): CommandOutcome {
  const moves = new Map<string, Point>();
  for (const move of payload.moves) {
    const found = findElement(flow, move.id);
    if (!found) fail(`Element "${move.id}" does not exist`);
    if (found.kind === 'sequenceFlow' || found.kind === 'messageFlow')
      fail('Connections cannot be moved');
    assertFinitePoint(move.position, found.element.id);
    moves.set(move.id, { x: move.position.x, y: move.position.y });
  }
  const changed = (item: { id: string; position: Point }) => {
    const to = moves.get(item.id);
    return to !== undefined && (to.x !== item.position.x || to.y !== item.position.y);
  };
  const steps = flow.process.steps;
  if (!changed(flow.process) && !flow.participants.some(changed) && !steps.some(changed))
    return done(flow);
  const place = <T extends { id: string; position: Point }>(item: T): T =>
    changed(item) ? { ...item, position: moves.get(item.id) as Point } : item;
  // Pools of Local Integration Processes stay where they are drawn when the main pool moves
  // (their positions are relative to it); a moved one is given relative to the pool's new place.
  const to = moves.get(flow.process.id);
  const dx = to ? to.x - flow.process.position.x : 0;
  const dy = to ? to.y - flow.process.position.y : 0;
  const placeStep = (s: Step): Step =>
    (dx || dy) && !moves.has(s.id) && isOwnPool(s)
      ? { ...s, position: { x: s.position.x - dx, y: s.position.y - dy } }
      : place(s);
  return done({
    ...flow,
    participants: flow.participants.map(place),
    process: { ...place(flow.process), steps: steps.map(placeStep) },
  });
}
