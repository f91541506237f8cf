import {
  lazy,
  Suspense,
  useCallback,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useStore } from 'zustand';
import type { Flow } from '../../../core';
import { runOverlay } from '../../../store/runOverlay';
import { useEditor } from '../../../store/useEditor';
import { editorUi, openScriptEditor, useEditorUi } from '../editorUi';
import { addElementAt, PALETTE_INSERTABLE_MIME, PALETTE_MIME } from './addElement';
import { isDropTarget, markDropTarget, useDropPreview } from './useDropPreview';
import { createEdgeMapper } from './flowToEdges';
import { createNodeMapper } from './flowToNodes';
import { edgeTypes } from './edges';
import { FlowMiniMap } from './FlowMiniMap';
import { nodeTypes } from './nodes';
import type { CanvasEdge, CanvasNode } from './nodeTypes';
import { useCanvasChanges } from './useCanvasChanges';
import { useCanvasFocus } from './useCanvasFocus';
import { useConnect } from './useConnect';
import { useHandleGestures } from './useHandleGestures';
import {
  boundsArea,
  rememberView,
  useZoomDetail,
  viewOnOpen,
  type OpeningView,
} from './useZoomDetail';
import { HandleReach } from './useHandleReach';
import './canvas.css';

const SNAP_GRID: [number, number] = [10, 10];
const DELETE_KEYS = ['Delete', 'Backspace'];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PAN_KEY = 'Space';
const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: 1.2 };
const PRO_OPTIONS = { hideAttribution: true };
const NO_EDGES: CanvasEdge[] = [];
// Loaded when a big flow is first zoomed out (with React Flow's path helpers it is not small).
const FarLinks = lazy(() => import('./FarLinks').then((m) => ({ default: m.FarLinks })));
/** At most this many selected or drop-target links stay React Flow edges in a far view. */
const FAR_EDGES_KEPT = 50;

/**
 * A far view's links: the selected ones and the drop target stay edges (a few, so they can
 * still be seen as such and deleted), the rest are drawn by FarLinks.
 */
function splitFarLinks(edges: CanvasEdge[]): [CanvasEdge[], CanvasEdge[]] {
  const kept = edges.filter((e) => e.selected || isDropTarget(e));
  if (kept.length === 0 || kept.length > FAR_EDGES_KEPT) return [NO_EDGES, edges];
  const keep = new Set(kept);
  return [kept, edges.filter((e) => !keep.has(e))];
}

const toggleMinimap = () => editorUi.setState((s) => ({ minimapOpen: !s.minimapOpen }));

/** The diagram: React Flow, controlled by the flow in the editor store. */
export function Canvas({ flow }: { flow: Flow }) {
  const selection = useEditor((s) => s.selection);
  const travelledList = useStore(runOverlay, (s) => s.travelled);
  const badges = useStore(runOverlay, (s) => s.badges);
  const snapToGrid = useEditorUi((s) => s.snapToGrid);
  const minimapOpen = useEditorUi((s) => s.minimapOpen);
  // While a dialog or the script editor is open, every key belongs to it, not the canvas.
  const overlayOpen = useEditorUi((s) => s.pendingAdapter !== null || s.scriptStepId !== null);
  const box = useRef<HTMLDivElement>(null);
  // React Flow's key handlers listen on the whole document: hand them their keys only while the
  // canvas has the keyboard, so that Space and Backspace always reach the field being typed in.
  const keys = useCanvasFocus(box) && !overlayOpen;
  const { screenToFlowPosition } = useReactFlow();
  const [mapNodes] = useState(createNodeMapper);
  const [mapEdges] = useState(createEdgeMapper);
  const { overrides, onNodesChange, onEdgesChange, onDelete } = useCanvasChanges();
  const { isValidConnection, onConnect, onConnectEnd } = useConnect();
  const { onHandlePress, onHandleClick } = useHandleGestures();

  const selected = useMemo(() => new Set(selection), [selection]);
  const travelled = useMemo(() => new Set(travelledList), [travelledList]);
  const nodes = useMemo(
    () => mapNodes(flow, selected, overrides, badges),
    [mapNodes, flow, selected, overrides, badges],
  );
  const edges = useMemo(
    () => mapEdges(flow, selected, travelled),
    [mapEdges, flow, selected, travelled],
  );
  // Render cost of big flows: bare shapes when zoomed out, only what is on screen when zoomed in.
  const topLevel = useMemo(() => nodes.filter((n) => !n.parentId), [nodes]);
  const detail = useZoomDetail(
    nodes.length,
    useMemo(() => boundsArea(topLevel), [topLevel]),
  );
  // Set once, when the flow opens: later edits never move the view.
  const [opening] = useState(() =>
    viewOnOpen(
      flow.id,
      nodes.length,
      topLevel.map((n) => n.position),
    ),
  );

  const { show: showDrop, clear: clearDrop, onDragLeave, linkId: dropLinkId } = useDropPreview();
  const shownEdges = useMemo(() => markDropTarget(edges, dropLinkId), [edges, dropLinkId]);
  // Zoomed out on a big flow, links are hairlines: drawn as a few paths (FarLinks), not edges.
  const [rfEdges, farEdges] = useMemo(
    () => (detail.far ? splitFarLinks(shownEdges) : [shownEdges, NO_EDGES]),
    [detail.far, shownEdges],
  );
  const onDragOver = useCallback(
    (e: DragEvent) => {
      if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      // The link the step will be inserted into, highlighted while the pointer is on it.
      if (e.dataTransfer.types.includes(PALETTE_INSERTABLE_MIME))
        showDrop(screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    },
    [screenToFlowPosition, showDrop],
  );

  const onDrop = useCallback(
    (e: DragEvent) => {
      clearDrop();
      const type = e.dataTransfer.getData(PALETTE_MIME);
      if (!type) return;
      e.preventDefault();
      const point = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      addElementAt(type, point, { insertOnLink: true, avoidOverlap: true });
    },
    [screenToFlowPosition, clearDrop],
  );

  // Shift+drag on the pane box-selects; without this the browser also extends its text
  // selection across the whole page.
  // A click on the pane gives the canvas the keyboard (the pane itself takes no focus).
  // A press on a step's connection point starts a connection (nodes/ConnectHandle).
  const onMouseDown = useCallback(
    (e: MouseEvent) => {
      if (!box.current?.contains(document.activeElement))
        box.current?.focus({ preventScroll: true });
      if (e.shiftKey && (e.target as Element).classList.contains('react-flow__pane'))
        e.preventDefault();
      onHandlePress(e);
    },
    [onHandlePress],
  );

  // React Flow blurs a node or link it unselects from the keyboard (Escape, Shift+Enter or
  // Shift+Space on a selected one), which drops the keyboard focus to the page: keep it there.
  const onKeyDownCapture = useCallback((e: KeyboardEvent) => {
    if (e.key !== 'Escape' && e.key !== 'Enter' && e.key !== ' ') return;
    const el = (e.target as Element).closest<HTMLElement | SVGGElement>(
      '.react-flow__node, .react-flow__edge',
    );
    if (!el) return;
    const keep = (f: Event) => {
      if ((f as FocusEvent).relatedTarget === null)
        queueMicrotask(() => el.isConnected && el.focus({ preventScroll: true }));
    };
    el.addEventListener('blur', keep, { once: true });
    setTimeout(() => el.removeEventListener('blur', keep), 200);
  }, []);

  const flowId = flow.id;
  const onMoveEnd = useCallback(
    (_e: unknown, view: OpeningView) => rememberView(flowId, view),
    [flowId],
  );

  const onNodeDoubleClick = useCallback((_e: unknown, node: CanvasNode) => {
    if (node.type === 'step' && (node.data.type === 'script' || node.data.type === 'xsltMapping'))
      openScriptEditor(node.id);
  }, []);

  return (
    <div
      ref={box}
      tabIndex={-1}
      className={detail.far ? 'ifs-canvas ifs-canvas--far' : 'ifs-canvas'}
      onDragOver={onDragOver}
      // Entering a link shows its mark at once, before the browser's next periodic dragover.
      onDragEnter={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      onMouseDown={onMouseDown}
      onKeyDownCapture={onKeyDownCapture}
      onTouchStart={onHandlePress}
      onClick={onHandleClick}
    >
      <ReactFlow<CanvasNode, CanvasEdge>
        nodes={nodes}
        edges={rfEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onDelete={onDelete}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onNodeDoubleClick={onNodeDoubleClick}
        deleteKeyCode={keys ? DELETE_KEYS : null}
        panActivationKeyCode={keys ? PAN_KEY : null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        snapToGrid={snapToGrid}
        snapGrid={SNAP_GRID}
        onMoveEnd={onMoveEnd}
        fitView={!opening}
        fitViewOptions={FIT_VIEW_OPTIONS}
        {...(opening ? { defaultViewport: opening } : {})}
        minZoom={0.05}
        maxZoom={2.5}
        zoomOnDoubleClick={false}
        zIndexMode="manual"
        onlyRenderVisibleElements={detail.virtualize}
        proOptions={PRO_OPTIONS}
        aria-label="Flow diagram"
      >
        <HandleReach box={box} />
        {farEdges.length > 0 && (
          <Suspense fallback={null}>
            <FarLinks edges={farEdges} />
          </Suspense>
        )}
        <Background variant={BackgroundVariant.Dots} gap={snapToGrid ? SNAP_GRID[0] * 2 : 20} />
        {minimapOpen && <FlowMiniMap label="Minimap" />}
        <Controls showInteractive={false} showFitView={false} aria-label="Zoom controls">
          <ControlButton
            onClick={toggleMinimap}
            aria-label="Minimap"
            aria-pressed={minimapOpen}
            title={minimapOpen ? 'Hide the minimap' : 'Show the minimap'}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <rect x="1.5" y="3" width="13" height="10" rx="1" fill="none" stroke="currentColor" />
              <rect x="8" y="8" width="5" height="3.5" fill="currentColor" />
            </svg>
          </ControlButton>
        </Controls>
      </ReactFlow>
    </div>
  );
}
