import { memo, useEffect, useRef } from 'react';
import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import {
  XYMinimap,
  getBoundsOfRects,
  getNodeDimensions,
  type Rect,
  type XYMinimapInstance,
} from '@xyflow/system';

const WIDTH = 150;
const HEIGHT = 96;
/** Margin around the flow, in minimap pixels (React Flow's MiniMap default). */
const OFFSET = 5;

/** How a node kind is drawn, bottom to top: the pool under the steps and participants. */
const KINDS = [
  { type: 'pool', fill: 'var(--surface-2, #eef1f5)' },
  { type: 'participant', fill: 'var(--muted, #8a94a6)' },
  { type: 'other', fill: 'var(--accent, #0a6ed1)' },
] as const;
type Kind = (typeof KINDS)[number]['type'];

export interface Shapes {
  /** Bounds of every shown node, null when there is none. */
  bounds: Rect | null;
  /** One SVG path of rectangles per kind, in KINDS order. */
  paths: string[];
}

/** Shapes per node list: React Flow replaces `nodes` whenever a node moves or changes. */
const shapeCache = new WeakMap<object, Shapes>();

export function shapesOf(s: Pick<ReactFlowState, 'nodes' | 'nodeLookup'>): Shapes {
  const hit = shapeCache.get(s.nodes);
  if (hit) return hit;
  const parts: Record<Kind, string[]> = { pool: [], participant: [], other: [] };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const node of s.nodeLookup.values()) {
    if (node.hidden) continue;
    const { x, y } = node.internals.positionAbsolute;
    const { width, height } = getNodeDimensions(node);
    if (!width || !height) continue;
    const kind: Kind = node.type === 'pool' || node.type === 'participant' ? node.type : 'other';
    parts[kind].push(`M${x},${y}h${width}v${height}h${-width}z`);
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + width);
    y1 = Math.max(y1, y + height);
  }
  const shapes: Shapes = {
    bounds: x0 === Infinity ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
    paths: KINDS.map((k) => parts[k.type].join('')),
  };
  shapeCache.set(s.nodes, shapes);
  return shapes;
}

function select(s: ReactFlowState) {
  const [tx, ty, zoom] = s.transform;
  const view = { x: -tx / zoom, y: -ty / zoom, width: s.width / zoom, height: s.height / zoom };
  const shapes = shapesOf(s);
  return {
    view,
    bounds: shapes.bounds ? getBoundsOfRects(shapes.bounds, view) : view,
    shapes,
    panZoom: s.panZoom,
    translateExtent: s.translateExtent,
    flowWidth: s.width,
    flowHeight: s.height,
  };
}
type Selected = ReturnType<typeof select>;

const sameRect = (a: Rect, b: Rect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const same = (a: Selected, b: Selected) =>
  sameRect(a.view, b.view) &&
  sameRect(a.bounds, b.bounds) &&
  a.shapes === b.shapes &&
  a.panZoom === b.panZoom &&
  a.translateExtent === b.translateExtent &&
  a.flowWidth === b.flowWidth &&
  a.flowHeight === b.flowHeight;

/** The nodes, drawn once per change of the flow, not per pan frame. */
const NodeShapes = memo(function NodeShapes({ paths }: { paths: string[] }) {
  return (
    <>
      {KINDS.map((k, i) => (
        <path key={k.type} d={paths[i]} style={{ fill: k.fill }} shapeRendering="crispEdges" />
      ))}
    </>
  );
});

/**
 * The overview in the canvas corner: every node as a rectangle coloured by kind, the visible
 * area unmasked; drag it to pan, wheel over it to zoom (React Flow's XYMinimap). Drawn like
 * React Flow's <MiniMap>, but with one path per kind instead of one component and store
 * subscription per node: at 1,000 steps those cost every pan frame about 3 ms and the canvas
 * about 2 MB.
 */
export function FlowMiniMap({ label }: { label: string }) {
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const { view, bounds, shapes, panZoom, translateExtent, flowWidth, flowHeight } = useStore(
    select,
    same,
  );
  const scale = Math.max(bounds.width / WIDTH, bounds.height / HEIGHT);
  const scaleRef = useRef(scale);
  const instance = useRef<XYMinimapInstance | null>(null);
  const offset = OFFSET * scale;
  const width = scale * WIDTH + offset * 2;
  const height = scale * HEIGHT + offset * 2;
  const x = bounds.x - (scale * WIDTH - bounds.width) / 2 - offset;
  const y = bounds.y - (scale * HEIGHT - bounds.height) / 2 - offset;

  useEffect(() => {
    scaleRef.current = scale;
  }, [scale]);

  useEffect(() => {
    if (!svg.current || !panZoom) return;
    instance.current = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => scaleRef.current,
    });
    return () => instance.current?.destroy();
  }, [panZoom, store]);

  useEffect(() => {
    instance.current?.update({
      translateExtent,
      width: flowWidth,
      height: flowHeight,
      pannable: true,
      zoomable: true,
      inversePan: false,
      zoomStep: 1,
    });
  }, [panZoom, translateExtent, flowWidth, flowHeight]);

  // The visible area, in minimap pixels (the viewBox is fitted into the svg and centred).
  const k = Math.min(WIDTH / width, HEIGHT / height);
  const left = (WIDTH - width * k) / 2 + (view.x - x) * k;
  const top = (HEIGHT - height * k) / 2 + (view.y - y) * k;
  return (
    <Panel position="bottom-right" className="react-flow__minimap ifs-minimap">
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${x} ${y} ${width} ${height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label={label}
      >
        <NodeShapes paths={shapes.paths} />
      </svg>
      {/* The mask around the visible area: an element moved by a transform, so a pan frame
          neither lays out nor repaints the svg. */}
      <div
        className="ifs-minimap__view"
        aria-hidden="true"
        style={{
          width: view.width * k,
          height: view.height * k,
          transform: `translate(${left}px, ${top}px)`,
        }}
      />
    </Panel>
  );
}
