import { describe, expect, it } from 'vitest';
import { ownsKeyboard } from './useCanvasFocus';

/** A minimal element tree: `contains` walks the parents. */
function el(parent: FakeEl | null = null): FakeEl {
  const self: FakeEl = {
    parent,
    contains: (other: FakeEl | null) => {
      for (let e = other; e; e = e.parent) if (e === self) return true;
      return false;
    },
  };
  return self;
}
interface FakeEl {
  parent: FakeEl | null;
  contains(other: FakeEl | null): boolean;
}

function doc(active: FakeEl | null, body: FakeEl, modalOpen = false): Document {
  return {
    activeElement: active,
    body,
    documentElement: null,
    querySelector: () => (modalOpen ? {} : null),
  } as unknown as Document;
}

describe('ownsKeyboard', () => {
  const body = el();
  const canvas = el(body);
  const node = el(canvas);
  const field = el(body);

  it('is true with focus on the canvas or inside it', () => {
    expect(ownsKeyboard(canvas as unknown as Element, doc(canvas, body))).toBe(true);
    expect(ownsKeyboard(canvas as unknown as Element, doc(node, body))).toBe(true);
  });

  it('is false with focus in a field, Monaco or a dialog outside the canvas', () => {
    expect(ownsKeyboard(canvas as unknown as Element, doc(field, body))).toBe(false);
  });

  it('is true with focus on nothing, unless a modal dialog is open', () => {
    expect(ownsKeyboard(canvas as unknown as Element, doc(body, body))).toBe(true);
    expect(ownsKeyboard(canvas as unknown as Element, doc(null, body))).toBe(true);
    expect(ownsKeyboard(canvas as unknown as Element, doc(body, body, true))).toBe(false);
  });

  it('is false without a canvas unless focus is on nothing', () => {
    expect(ownsKeyboard(null, doc(field, body))).toBe(false);
  });
});
