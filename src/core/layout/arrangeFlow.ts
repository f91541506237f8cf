import dagre from '@dagrejs/dagre';
import type { FlowArrangement } from '../commands/types';
import type { Flow, Point, Size, Step } from '../model/flow';
import { getStepType } from '../registry/registry';
import { isOwnPool, participantSize, POOL_GAP, stepSize } from './sizes';

/*
 * dagre is ~15 KB gzip: this module is loaded with import() by computeLayout, never statically
 * from the command table or the editor's first paint path.
 */

/** Room inside the pool: the left band holds the pool's vertical title. */
const POOL_PADDING = { left: 70, top: 50, right: 50, bottom: 50 };
const CONTAINER_PADDING = { left: 30, top: 40, right: 30, bottom: 30 };
const MIN_POOL: Size = { width: 400, height: 200 };
const PARTICIPANT_GAP = 80;
const ROW_GAP = 60;

interface Box {
  id: string;
  size: Size;
}

/**
 * Left-to-right layout of one scope (the pool or a subprocess) with dagre. Returns top-left
 * positions relative to the scope's origin and the bounding size.
 */
function layoutScope(boxes: Box[], links: { source: string; target: string }[]) {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 50, ranksep: 70, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  // dagre keeps nodes in plain objects: an id such as "toString" would meet Object.prototype.
  // It only ever sees our own keys "n0", "n1", …
  const key = new Map(boxes.map((b, i) => [b.id, `n${i}`]));
  boxes.forEach((b) =>
    g.setNode(key.get(b.id) as string, { width: b.size.width, height: b.size.height }),
  );
  links.forEach((l, i) => {
    const from = key.get(l.source);
    const to = key.get(l.target);
    if (from !== undefined && to !== undefined) g.setEdge(from, to, {}, `e${i}`);
  });
  dagre.layout(g);
  const positions = new Map<string, Point>();
  let width = 0;
  let height = 0;
  for (const b of boxes) {
    const n = g.node(key.get(b.id) as string);
    const x = Math.round(n.x - b.size.width / 2);
    const y = Math.round(n.y - b.size.height / 2);
    positions.set(b.id, { x, y });
    width = Math.max(width, x + b.size.width);
    height = Math.max(height, y + b.size.height);
  }
  return { positions, size: { width, height } };
}

/**
 * Auto-layout, left to right: the main path inside the pool, subprocesses (laid out inside
 * themselves) in a row under it, the pool resized to fit, Senders left and Receivers right.
 * Pure: returns where everything goes ('flow.arrange' applies it); the pool keeps its position.
 */
export function arrangeFlow(flow: Flow): FlowArrangement {
  const { steps, sequenceFlows } = flow.process;
  const isContainer = (s: Step) => getStepType(s.type)?.container === true;
  const placed = new Map<string, Point>();
  const sizes = new Map<string, Size>();

  for (const container of steps.filter(isContainer)) {
    const children = steps.filter((s) => s.parentId === container.id);
    const inner = layoutScope(
      children.map((s) => ({ id: s.id, size: stepSize(s) })),
      sequenceFlows,
    );
    for (const [id, p] of inner.positions)
      placed.set(id, { x: p.x + CONTAINER_PADDING.left, y: p.y + CONTAINER_PADDING.top });
    const own = stepSize(container);
    sizes.set(container.id, {
      width: Math.max(
        own.width,
        inner.size.width + CONTAINER_PADDING.left + CONTAINER_PADDING.right,
      ),
      height: Math.max(
        own.height,
        inner.size.height + CONTAINER_PADDING.top + CONTAINER_PADDING.bottom,
      ),
    });
  }

  const topLevel = steps.filter((s) => s.parentId === undefined);
  const main = layoutScope(
    topLevel.filter((s) => !isContainer(s)).map((s) => ({ id: s.id, size: stepSize(s) })),
    sequenceFlows,
  );
  for (const [id, p] of main.positions)
    placed.set(id, { x: p.x + POOL_PADDING.left, y: p.y + POOL_PADDING.top });

  // Subprocesses are not linked by sequence flows: line them up under the main path.
  let rowX = POOL_PADDING.left;
  const rowY = POOL_PADDING.top + (main.positions.size ? main.size.height + ROW_GAP : 0);
  let right = POOL_PADDING.left + main.size.width;
  let bottom = POOL_PADDING.top + main.size.height;
  for (const container of topLevel.filter((s) => isContainer(s) && !isOwnPool(s))) {
    const size = sizes.get(container.id) as Size;
    placed.set(container.id, { x: rowX, y: rowY });
    rowX += size.width + ROW_GAP;
    right = Math.max(right, rowX - ROW_GAP);
    bottom = Math.max(bottom, rowY + size.height);
  }

  const poolSize = {
    width: Math.max(MIN_POOL.width, right + POOL_PADDING.right),
    height: Math.max(MIN_POOL.height, bottom + POOL_PADDING.bottom),
  };
  // Local Integration Processes: pools of their own, stacked under the Integration Process.
  let poolY = poolSize.height + POOL_GAP;
  for (const own of topLevel.filter(isOwnPool)) {
    placed.set(own.id, { x: 0, y: poolY });
    poolY += (sizes.get(own.id) ?? stepSize(own)).height + POOL_GAP;
  }
  return {
    participants: placeParticipants(flow, flow.process.position, poolSize, placed),
    steps: steps.map((s) => {
      const size = sizes.get(s.id);
      return { id: s.id, position: placed.get(s.id) ?? s.position, ...(size ? { size } : {}) };
    }),
    process: { size: poolSize },
  };
}

/**
 * Senders stack left of the pool, Receivers right of it, each centred on the step it is
 * linked to when there is one (so the message flow runs straight), else on the pool.
 */
function placeParticipants(flow: Flow, pool: Point, poolSize: Size, placed: Map<string, Point>) {
  const stepCentreY = (stepId: string): number | undefined => {
    const step = flow.process.steps.find((s) => s.id === stepId);
    const p = placed.get(stepId);
    if (!step || !p || step.parentId !== undefined) return undefined;
    return pool.y + p.y + stepSize(step).height / 2;
  };
  const nextFree = { sender: -Infinity, receiver: -Infinity };
  return flow.participants.map((participant) => {
    const size = participantSize(participant.kind);
    const link = flow.messageFlows.find(
      (m) => m.source === participant.id || m.target === participant.id,
    );
    const partner = link && (link.source === participant.id ? link.target : link.source);
    const centre = (partner ? stepCentreY(partner) : undefined) ?? pool.y + poolSize.height / 2;
    const y = Math.max(Math.round(centre - size.height / 2), nextFree[participant.kind]);
    nextFree[participant.kind] = y + size.height + 30;
    const x =
      participant.kind === 'sender'
        ? pool.x - PARTICIPANT_GAP - size.width
        : pool.x + poolSize.width + PARTICIPANT_GAP;
    return { id: participant.id, position: { x, y } };
  });
}
