import { describe, expect, it, vi } from 'vitest';

// A container step type (Exception Subprocess) arrives later; fake one for the geometry.
vi.mock('../../../core/registry/registry', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../../core/registry/registry')>();
  const sub = {
    ...orig.getStepType('script')!,
    type: 'sub',
    container: true,
    size: { width: 300, height: 150 },
  };
  return { ...orig, getStepType: (t: string) => (t === 'sub' ? sub : orig.getStepType(t)) };
});
import { newFlow } from '../../../core/model/factory';
import type { Flow } from '../../../core';
import {
  absoluteStepPosition,
  avoidOverlap,
  clampInside,
  INSERT_GAP,
  insertX,
  makeRoomForInsert,
  placeNewElement,
  POOL_HEADER,
} from './placement';
import { distanceToSegment, linkPolyline, sequenceFlowAt } from './linkAtPoint';

const flow = () => newFlow({ id: 'F', name: 'Flow' });

describe('placeNewElement', () => {
  it('puts a step dropped inside the pool at its centre, relative to the pool', () => {
    const f = flow(); // pool at (220,60), 560×280; Script is 120×64
    const placed = placeNewElement(f, 'script', { x: 500, y: 200 });
    expect(placed).toEqual({ position: { x: 500 - 60 - 220, y: 200 - 32 - 60 } });
  });

  it('moves a step dropped outside the pool to the nearest point inside it', () => {
    const f = flow();
    const right = placeNewElement(f, 'script', { x: 2000, y: 200 });
    expect(right.position.x).toBe(560 - 120 - 8);
    expect(right.parentId).toBeUndefined();
    const above = placeNewElement(f, 'script', { x: 500, y: -500 });
    expect(above.position.y).toBe(8);
    const left = placeNewElement(f, 'script', { x: 0, y: 200 });
    expect(left.position.x).toBe(POOL_HEADER + 8);
  });

  it('keeps participants where they are dropped, in absolute coordinates', () => {
    expect(placeNewElement(flow(), 'receiver', { x: 1000, y: 300 })).toEqual({
      position: { x: 1000 - 55, y: 300 - 70 },
    });
  });

  it('puts a step dropped on a container inside that container, relative to it', () => {
    const f: Flow = flow();
    f.process.steps.push({
      id: 'Sub_1',
      type: 'sub',
      name: 'Sub',
      position: { x: 100, y: 100 },
      size: { width: 300, height: 150 },
      config: {},
    });
    // Container at absolute (320,160); drop the Script's centre at (470,235).
    const placed = placeNewElement(f, 'script', { x: 470, y: 235 });
    expect(placed).toEqual({
      parentId: 'Sub_1',
      position: { x: 470 - 60 - 320, y: 235 - 32 - 160 },
    });
    // A container itself is never nested.
    expect(placeNewElement(f, 'sub', { x: 470, y: 235 }).parentId).toBeUndefined();
  });
});

describe('absoluteStepPosition', () => {
  it('adds the pool and parent container offsets', () => {
    const f = flow();
    f.process.steps.push(
      { id: 'C', type: 'script', name: 'C', position: { x: 10, y: 20 }, config: {} },
      { id: 'S', type: 'script', name: 'S', position: { x: 1, y: 2 }, parentId: 'C', config: {} },
    );
    const s = f.process.steps.find((x) => x.id === 'S')!;
    expect(absoluteStepPosition(f, s)).toEqual({ x: 220 + 10 + 1, y: 60 + 20 + 2 });
  });
});

describe('clampInside', () => {
  it('keeps a margin and never goes negative for a tiny parent', () => {
    expect(
      clampInside({ x: -50, y: 500 }, { width: 10, height: 10 }, { width: 100, height: 100 }),
    ).toEqual({ x: 8, y: 82 });
    expect(
      clampInside({ x: 50, y: 50 }, { width: 200, height: 200 }, { width: 100, height: 100 }),
    ).toEqual({ x: 8, y: 8 });
  });
});

describe('sequenceFlowAt', () => {
  it('finds the Start → End flow under a point on its line and nothing far from it', () => {
    const f = flow(); // Start (300..348, 176..224) → End at x=650
    expect(sequenceFlowAt(f, { x: 500, y: 200 })?.id).toBe('SequenceFlow_1');
    expect(sequenceFlowAt(f, { x: 500, y: 260 })).toBeUndefined();
  });

  it('follows the bend of a smooth-step link', () => {
    expect(linkPolyline({ x: 0, y: 0 }, { x: 100, y: 50 })).toEqual([
      { x: 0, y: 0 },
      { x: 50, y: 0 },
      { x: 50, y: 50 },
      { x: 100, y: 50 },
    ]);
    expect(distanceToSegment({ x: 5, y: 5 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
    expect(distanceToSegment({ x: -3, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
  });
});

describe('avoidOverlap', () => {
  it('moves a new step below the step it would cover, and leaves free spots alone', () => {
    const f = flow(); // Start at (80,116) 48×48 in the pool
    const onStart = avoidOverlap(f, 'script', { position: { x: 60, y: 110 } });
    expect(onStart.position).toEqual({ x: 60, y: 116 + 48 + 16 });
    const free = avoidOverlap(f, 'script', { position: { x: 200, y: 20 } });
    expect(free.position).toEqual({ x: 200, y: 20 });
  });

  it('may leave the pool at the bottom rather than cover a step (element.add grows the pool)', () => {
    const f = flow(); // pool 560×280; Start and End at y 116, 48 high
    const placed = avoidOverlap(f, 'exceptionSubprocess', { position: { x: 50, y: 60 } });
    expect(placed.position).toEqual({ x: 50, y: 116 + 48 + 16 });
    expect(placed.position.y + 200).toBeGreaterThan(f.process.size.height);
  });

  it('checks participants against participants only', () => {
    const f = flow(); // Sender at (40,130) 110×140
    expect(avoidOverlap(f, 'sender', { position: { x: 60, y: 150 } }).position).toEqual({
      x: 60,
      y: 130 + 140 + 16,
    });
  });
});

/** A step at a relative position, for the insert-on-link geometry below. */
const at = (id: string, x: number, y = 116, type = 'script', parentId?: string) => ({
  id,
  type,
  name: id,
  position: { x, y },
  config: {},
  ...(parentId ? { parentId } : {}),
});

describe('insertX', () => {
  const link = { source: 'StartEvent_1', target: 'EndEvent_1' };

  it('keeps a drop between A and B, clamped to leave the gap on both sides', () => {
    const f = flow(); // Start 80..128, End at 430: a Script (120) fits with room to spare
    expect(insertX(f, link, 120, 200)).toBe(200);
    expect(insertX(f, link, 120, 100)).toBe(128 + INSERT_GAP);
    expect(insertX(f, link, 120, 400)).toBe(430 - INSERT_GAP - 120);
  });

  it('puts the step the gap right of A when A and B are too close', () => {
    const f = flow();
    f.process.steps[1]!.position.x = 200; // End 72 px right of Start
    expect(insertX(f, link, 120, 150)).toBe(128 + INSERT_GAP);
  });

  it('leaves a link that runs backwards alone', () => {
    const f = flow();
    f.process.steps[1]!.position.x = 20; // End left of Start
    expect(insertX(f, link, 120, 150)).toBe(150);
  });
});

describe('makeRoomForInsert', () => {
  const link = { source: 'StartEvent_1', target: 'EndEvent_1' };

  it('moves nothing when the inserted step leaves the gap before B', () => {
    const f = flow();
    f.process.steps.push(at('Script_1', 128 + INSERT_GAP));
    expect(makeRoomForInsert(f, link, 'Script_1')).toEqual({ shift: 0, moves: [], containers: [] });
  });

  it('shifts B and the steps at or right of its left edge by the missing width, nothing else', () => {
    const f = flow(); // pool 560 wide at x 220; Receiver at x 850
    f.process.steps[1]!.position.x = 200; // End close to Start
    f.process.steps.push(
      at('Script_1', 128 + INSERT_GAP), // the inserted step: 168..288
      at('Below', 200, 180), // same left edge as End: moves
      at('Left', 150, 220), // starts left of End: stays
      at('Far', 290, 20), // right of End: moves
    );
    const room = makeRoomForInsert(f, link, 'Script_1');
    const shift = 288 + INSERT_GAP - 200;
    expect(room.shift).toBe(shift);
    expect(room.moves).toEqual([
      { id: 'EndEvent_1', position: { x: 200 + shift, y: 116 } },
      { id: 'Below', position: { x: 200 + shift, y: 180 } },
      { id: 'Far', position: { x: 290 + shift, y: 20 } },
    ]);
    // Far ends at 290 + 128 + 120 = 538 < 560 - 16: the pool still encloses everything.
    expect(room.poolSize).toBeUndefined();
    expect(room.containers).toEqual([]);
  });

  it('grows the pool around shifted steps and moves the Receiver right of it along', () => {
    const f = flow();
    f.process.steps[1]!.position.x = 200;
    f.process.steps.push(at('Script_1', 168), at('Edge', 400));
    const room = makeRoomForInsert(f, link, 'Script_1');
    expect(room.shift).toBe(128);
    // Edge moves to 528 and is 120 wide: the pool needs 528 + 120 + 16 = 664.
    expect(room.poolSize).toEqual({ width: 664, height: 280 });
    expect(room.moves).toContainEqual({ id: 'Edge', position: { x: 528, y: 116 } });
    expect(room.moves).toContainEqual({ id: 'Participant_2', position: { x: 850 + 104, y: 130 } });
    // The Sender (left of the pool) stays.
    expect(room.moves.map((m) => m.id)).not.toContain('Participant_1');
  });

  it('works inside a subprocess: only its own steps move, and it grows around them', () => {
    const f: Flow = flow();
    f.process.steps.push(
      { ...at('Sub_1', 40, 20, 'sub'), size: { width: 300, height: 150 } },
      at('A', 10, 40, 'script', 'Sub_1'),
      at('B', 140, 40, 'script', 'Sub_1'),
      at('X', 170, 40, 'script', 'Sub_1'),
      at('S', 170, 40), // in the pool, right of B's x: not the same container, stays
    );
    f.process.sequenceFlows.push({ id: 'L', source: 'A', target: 'B' });
    f.process.steps.push(at('New', 10 + 120 + INSERT_GAP, 40, 'script', 'Sub_1'));
    const room = makeRoomForInsert(f, { source: 'A', target: 'B' }, 'New');
    const shift = 170 + 120 + INSERT_GAP - 140;
    expect(room.moves.filter((m) => !m.id.startsWith('Participant'))).toEqual([
      { id: 'B', position: { x: 140 + shift, y: 40 } },
      { id: 'X', position: { x: 170 + shift, y: 40 } },
    ]);
    expect(room.containers).toEqual([
      { id: 'Sub_1', size: { width: 170 + shift + 120 + 16, height: 150 } },
    ]);
  });
});
