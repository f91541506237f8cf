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
