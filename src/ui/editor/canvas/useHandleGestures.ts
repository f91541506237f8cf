import { useCallback, useEffect, type MouseEvent, type TouchEvent } from 'react';
import {
  useStoreApi,
  type Connection,
  type FinalConnectionState,
  type ReactFlowState,
} from '@xyflow/react';
import { XYHandle } from '@xyflow/system';

// React Flow's store as its own <Handle> sees it (untyped nodes and edges, as XYHandle takes them).
type FlowStore = ReturnType<typeof useStoreApi>;
type State = ReactFlowState;
interface HandleRef {
  nodeId: string;
  id?: string | null;
  type: 'source' | 'target';
}

/** The connection point (nodes/ConnectHandle) an event happened on, if any. */
function handleAt(target: EventTarget): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.react-flow__handle') : null;
}

function refOf(el: HTMLElement): HandleRef | null {
  const nodeId = el.dataset.nodeid;
  if (!nodeId) return null;
  return {
    nodeId,
    id: el.dataset.handleid ?? null,
    type: el.classList.contains('target') ? 'target' : 'source',
  };
}

/** React Flow's onConnect, with its default edge options (what its <Handle> passes on). */
function connect(store: FlowStore, params: Connection) {
  const { defaultEdgeOptions, onConnect } = store.getState();
  onConnect?.({ ...defaultEdgeOptions, ...params });
}

/** What a <Handle>'s mousedown does: start dragging a connection from it. */
function startConnection(
  store: FlowStore,
  event: globalThis.MouseEvent | globalThis.TouchEvent,
  el: HTMLElement,
) {
  const from = refOf(el);
  if (!from || ('button' in event && event.button !== 0)) return;
  const s = store.getState();
  XYHandle.onPointerDown(event, {
    handleDomNode: el,
    autoPanOnConnect: s.autoPanOnConnect,
    connectionMode: s.connectionMode,
    connectionRadius: s.connectionRadius,
    domNode: s.domNode,
    nodeLookup: s.nodeLookup,
    lib: s.lib,
    isTarget: from.type === 'target',
    handleId: from.id ?? null,
    nodeId: from.nodeId,
    flowId: s.rfId,
    panBy: s.panBy,
    cancelConnection: s.cancelConnection,
    onConnectStart: s.onConnectStart,
    onConnectEnd: (...args) => store.getState().onConnectEnd?.(...args),
    updateConnection: s.updateConnection,
    onConnect: (params) => connect(store, params),
    isValidConnection: (c) => store.getState().isValidConnection?.(c) ?? true,
    getTransform: () => store.getState().transform,
    getFromHandle: () => store.getState().connection.fromHandle,
    autoPanSpeed: s.autoPanSpeed,
    dragThreshold: s.connectionDragThreshold,
  });
}

/** What a <Handle>'s click does: the first click picks the start, the second connects. */
function clickConnect(store: FlowStore, event: globalThis.MouseEvent, el: HTMLElement) {
  const handle = refOf(el);
  const s = store.getState();
  if (!handle || !s.connectOnClick) return;
  const start = s.connectionClickStartHandle;
  if (!start) {
    s.onClickConnectStart?.(event, {
      nodeId: handle.nodeId,
      handleId: handle.id ?? null,
      handleType: handle.type,
    });
    store.setState({
      connectionClickStartHandle: {
        nodeId: handle.nodeId,
        type: handle.type,
        id: handle.id ?? null,
      },
    });
    return;
  }
  const { connection, isValid } = XYHandle.isValid(event, {
    handle,
    connectionMode: s.connectionMode,
    fromNodeId: start.nodeId,
    fromHandleId: start.id ?? null,
    fromType: start.type,
    isValidConnection: s.isValidConnection,
    flowId: s.rfId,
    doc: (el.getRootNode() as Document | ShadowRoot | null) ?? document,
    lib: s.lib,
    nodeLookup: s.nodeLookup,
  });
  if (isValid && connection) connect(store, connection);
  // React Flow hands its onClickConnectEnd the connection state without `inProgress`.
  const state: Partial<typeof s.connection> = structuredClone(s.connection);
  delete state.inProgress;
  const end = { ...state, toPosition: state.toHandle ? state.toHandle.position : null };
  s.onClickConnectEnd?.(event, end as FinalConnectionState);
  store.setState({ connectionClickStartHandle: null });
}

const MARKS = ['connectingfrom', 'connectingto', 'valid', 'clickconnecting'] as const;

/**
 * Marks the connection points taking part in a connection, as <Handle> does from its own store
 * subscription: the one it starts from, the one the pointer is on (and whether that one is
 * valid), the one a click-connection started from.
 */
function markConnection(s: State, marked: Set<Element>) {
  for (const el of marked) el.classList.remove(...MARKS);
  marked.clear();
  const root = s.domNode;
  if (!root) return;
  const mark = (h: HandleRef | null | undefined, ...classes: string[]) => {
    if (!h) return;
    const el = root.querySelector(
      `.react-flow__handle[data-id="${s.rfId}-${h.nodeId}-${h.id ?? null}-${h.type}"]`,
    );
    if (!el || classes.length === 0) return;
    el.classList.add(...classes);
    marked.add(el);
  };
  const { fromHandle, toHandle, isValid } = s.connection;
  mark(fromHandle, 'connectingfrom');
  mark(toHandle, ...(isValid ? ['connectingto', 'valid'] : ['connectingto']));
  mark(s.connectionClickStartHandle, 'clickconnecting');
}

/**
 * The canvas-wide side of nodes/ConnectHandle: one listener starts (or click-completes) a
 * connection from whichever connection point was pressed, and one store subscription marks the
 * points of the connection in progress; this is what each React Flow <Handle> did for itself.
 */
export function useHandleGestures() {
  const store = useStoreApi();

  useEffect(() => {
    const marked = new Set<Element>();
    const unsubscribe = store.subscribe((s, prev) => {
      if (
        s.connection !== prev.connection ||
        s.connectionClickStartHandle !== prev.connectionClickStartHandle
      )
        markConnection(s, marked);
    });
    return () => {
      unsubscribe();
      for (const el of marked) el.classList.remove(...MARKS);
    };
  }, [store]);

  const onHandlePress = useCallback(
    (e: MouseEvent | TouchEvent) => {
      const el = handleAt(e.target);
      if (el) startConnection(store, e.nativeEvent, el);
    },
    [store],
  );
  const onHandleClick = useCallback(
    (e: MouseEvent) => {
      const el = handleAt(e.target);
      if (el) clickConnect(store, e.nativeEvent, el);
    },
    [store],
  );
  return { onHandlePress, onHandleClick };
}
