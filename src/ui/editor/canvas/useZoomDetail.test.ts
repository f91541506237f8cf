import { describe, expect, it } from 'vitest';
import {
  FAR_ZOOM,
  OPEN_MARGIN,
  OPEN_ZOOM,
  openingView,
  boundsArea,
  VIRTUALIZE_SHARE,
  rememberView,
  viewOnOpen,
  VIRTUALIZE_FROM,
  VIRTUALIZE_ZOOM,
  zoomDetail,
} from './useZoomDetail';

describe('zoomDetail', () => {
  it('draws full detail and renders every node of a small flow at any zoom', () => {
    expect(zoomDetail(1, 5)).toEqual({ far: false, virtualize: false });
    expect(zoomDetail(2.5, VIRTUALIZE_FROM)).toEqual({ far: false, virtualize: false });
    expect(zoomDetail(0.1, 5)).toEqual({ far: false, virtualize: false });
  });

  it('renders only the visible part of a big flow when zoomed in', () => {
    expect(zoomDetail(1, 1005)).toEqual({ far: false, virtualize: true });
    expect(zoomDetail(VIRTUALIZE_ZOOM, VIRTUALIZE_FROM + 1).virtualize).toBe(true);
  });

  it('renders a zoomed-out big flow whole, as bare shapes', () => {
    // Fit view of the bench's 1,000-step flow is about 0.09.
    expect(zoomDetail(0.09, 1005)).toEqual({ far: true, virtualize: false });
    expect(zoomDetail(VIRTUALIZE_ZOOM - 0.01, 1005)).toEqual({ far: true, virtualize: false });
  });

  it('draws bare shapes below FAR_ZOOM only', () => {
    expect(zoomDetail(FAR_ZOOM - 0.01, 1005).far).toBe(true);
    expect(zoomDetail(FAR_ZOOM, 1005).far).toBe(false);
  });
});

describe('openingView', () => {
  it('fits a small flow to the canvas', () => {
    expect(openingView(VIRTUALIZE_FROM, [{ x: 0, y: 0 }])).toBeNull();
  });

  it('opens a big flow at 100 % on its top-left corner, where only part of it is rendered', () => {
    const view = openingView(1005, [
      { x: 300, y: 120 },
      { x: 40, y: 200 },
      { x: 900, y: -60 },
    ]);
    expect(view).toEqual({ x: OPEN_MARGIN - 40, y: OPEN_MARGIN + 60, zoom: OPEN_ZOOM });
    expect(zoomDetail(view!.zoom, 1005)).toEqual({ far: false, virtualize: true });
  });
});

describe('viewOnOpen', () => {
  it('opens a flow as it was last left in this tab, else by its size', () => {
    const corner = [{ x: 0, y: 0 }];
    expect(viewOnOpen('Flow_A', 5, corner)).toBeNull();
    expect(viewOnOpen('Flow_B', 1005, corner)).toEqual(openingView(1005, corner));
    rememberView('Flow_A', { x: -300, y: 20, zoom: 0.4 });
    expect(viewOnOpen('Flow_A', 5, corner)).toEqual({ x: -300, y: 20, zoom: 0.4 });
    expect(viewOnOpen('Flow_B', 1005, corner)).toEqual(openingView(1005, corner));
  });
});

describe('zoomDetail: the share of the flow on screen', () => {
  it('renders only what is on screen of a zoomed-out big flow when little of it shows', () => {
    expect(zoomDetail(0.2, 5005, 0.1)).toEqual({ far: true, virtualize: true });
    expect(zoomDetail(0.2, 5005, VIRTUALIZE_SHARE)).toEqual({ far: true, virtualize: false });
    // Most of it on screen: all of it is drawn (mounting on every pan frame would cost more).
    expect(zoomDetail(0.2, 5005, 0.9).virtualize).toBe(false);
    // Small flows are always drawn whole.
    expect(zoomDetail(0.2, 50, 0.01).virtualize).toBe(false);
  });

  it('measures the box around the top-level nodes', () => {
    expect(boundsArea([])).toBe(0);
    expect(
      boundsArea([
        { position: { x: -10, y: 0 }, width: 110, height: 140 },
        { position: { x: 200, y: 50 }, width: 1000, height: 400 },
      ]),
    ).toBe(1210 * 450);
  });
});
