import type { Flow, Participant, Step } from '../../../core';
import { getStepType, isOwnPool } from '../../../core';
import type { StepRunBadge } from '../../../store/runOverlay';
import type { NodeHandle, Position } from '@xyflow/react';
import type { CanvasNode, NodeOverride, ParticipantNode, PoolNode, StepNode } from './nodeTypes';

const PARTICIPANT_SIZE = { width: 110, height: 140 };

/**
 * Stacking (React Flow's zIndexMode "manual"): pool below containers below links below steps,
 * so a link never covers a step lying on it and the pool never covers a link.
 */
export const Z = { pool: 0, container: 1, edge: 2, node: 3 } as const;

/** Size a step is drawn with: its own (containers) or its type's default. */
export function stepSize(step: Step): { width: number; height: number } {
  return step.size ?? getStepType(step.type)?.size ?? { width: 120, height: 64 };
}

/** Side of a connection point in px (canvas.css, .react-flow__handle: change both together). */
const POINT = 10;

/**
 * Where a step's or participant's connection points are (canvas.css: 10 px boxes centred on
 * the left and right edges; ConnectHandle). Given to React Flow as the node's `handles`, so it
 * knows them without drawing the node: it otherwise draws every node once to measure them, which
 * opening a 1,000-step flow paid for 1,000 nodes that were removed again right after (only what
 * is on screen is drawn). Containers are left to React Flow's measuring (their border moves
 * their points).
 */
// One list per size and sides, shared by every node alike (React Flow only reads it): a list
// per node was half a megabyte of a 1,000-step flow's heap.
const pointLists = new Map<string, NodeHandle[]>();

export function connectionPoints(
  width: number,
  height: number,
  target: boolean,
  source: boolean,
): NodeHandle[] {
  const key = `${width}x${height}${target ? 'T' : ''}${source ? 'S' : ''}`;
  const known = pointLists.get(key);
  if (known) return known;
  const y = height / 2 - POINT / 2;
  const points: NodeHandle[] = [];
  const at = { y, width: POINT, height: POINT, id: null };
  if (target) points.push({ ...at, type: 'target', position: 'left' as Position, x: -POINT / 2 });
  if (source)
    points.push({ ...at, type: 'source', position: 'right' as Position, x: width - POINT / 2 });
  pointLists.set(key, points);
  return points;
}

function poolNode(process: Flow['process']): PoolNode {
  const { width, height } = process.size;
  return {
    id: process.id,
    type: 'pool',
    position: process.position,
    width,
    height,
    // Known sizes as `measured` keep React Flow's handle bounds when a node object is replaced.
    measured: { width, height },
    data: { name: process.name },
    deletable: false,
    dragHandle: '.ifs-pool__header',
    zIndex: Z.pool,
    className: 'ifs-pool-node',
    ariaLabel: `Integration Process ${process.name}`,
  };
}

function participantNode(p: Participant): ParticipantNode {
  const def = getStepType(p.kind);
  const size = def?.size ?? PARTICIPANT_SIZE;
  const label = p.kind === 'sender' ? 'Sender' : 'Receiver';
  return {
    id: p.id,
    type: 'participant',
    position: p.position,
    width: size.width,
    height: size.height,
    measured: { ...size },
    handles: connectionPoints(size.width, size.height, p.kind === 'receiver', p.kind === 'sender'),
    data: { name: p.name, participantKind: p.kind, icon: def?.icon ?? '' },
    zIndex: Z.node,
    ariaLabel: `${label} participant ${p.name}`,
  };
}

function stepNode(step: Step, process: Flow['process'], badge?: StepRunBadge): StepNode {
  const def = getStepType(step.type);
  const size = stepSize(step);
  const look = def?.look?.(step.config);
  const typeLabel = look?.label ?? def?.label ?? step.type;
  const hasSource = def?.connections.maxOutgoing !== 0 || !!def?.connections.mayCallReceiver;
  const hasTarget = def?.connections.maxIncoming !== 0 || !!def?.connections.acceptsSender;
  // A Local Integration Process is a pool of its own beside the Integration Process (as CPI
  // draws it): a top-level node at the pool's position plus its own (model positions stay
  // relative to the Integration Process; see toModelMoves).
  const parent = isOwnPool(step)
    ? {
        position: {
          x: process.position.x + step.position.x,
          y: process.position.y + step.position.y,
        },
      }
    : { position: step.position, parentId: step.parentId ?? process.id, extent: 'parent' as const };
  return {
    id: step.id,
    type: def?.container ? 'container' : 'step',
    zIndex: def?.container ? Z.container : Z.node,
    ...parent,
    width: size.width,
    height: size.height,
    measured: { ...size },
    data: {
      name: step.name,
      type: step.type,
      typeLabel,
      shape: def?.shape ?? 'task',
      icon: look?.icon ?? def?.icon ?? '',
      hasSource,
      hasTarget,
      ...(badge ? { badge } : {}),
    },
    ...(def?.container
      ? {}
      : { handles: connectionPoints(size.width, size.height, hasTarget, hasSource) }),
    ariaLabel: `${typeLabel} step ${step.name}`,
  };
}

/** Containers must precede their children in React Flow's node array. */
function depth(step: Step, byId: Map<string, Step>): number {
  let d = 0;
  let cur = step.parentId ? byId.get(step.parentId) : undefined;
  while (cur && d < 20) {
    d++;
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return d;
}

interface BaseEntry {
  deps: readonly unknown[];
  node: CanvasNode;
}
interface ViewEntry {
  base: CanvasNode;
  selected: boolean;
  override: NodeOverride | undefined;
  node: CanvasNode;
}

function sameData(a: object, b: object): boolean {
  const ka = Object.keys(a) as (keyof typeof a)[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** A badge as a value: a new run overlay with the same badge leaves the step's node alone. */
function badgeKey(b: StepRunBadge | undefined): string | undefined {
  return b && `${b.status}|${b.durationMs ?? ''}|${b.error ?? ''}`;
}

/**
 * `next`, or `prev` when it holds the very same elements: React Flow then gets the same array
 * and skips a store update (which runs every node's and edge's store selector).
 */
export function sameOrNext<T>(prev: readonly T[] | null, next: T[]): T[] {
  return prev && prev.length === next.length && prev.every((x, i) => x === next[i])
    ? (prev as T[])
    : next;
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Returns a mapper flow → React Flow nodes that keeps node objects identical while their
 * model element, simulation badge, selection and transient override are unchanged: React Flow
 * then skips them, which keeps a 1,000-step flow cheap to select in and to drag over. The badge
 * travels in the node's data, so a step view needs no store subscription of its own.
 */
export function createNodeMapper() {
  let baseCache = new Map<string, BaseEntry>();
  let viewCache = new Map<string, ViewEntry>();
  let last: CanvasNode[] | null = null;

  const base = (
    next: Map<string, BaseEntry>,
    id: string,
    deps: unknown[],
    make: () => CanvasNode,
  ) => {
    const hit = baseCache.get(id);
    if (hit && sameDeps(hit.deps, deps)) {
      next.set(id, hit);
      return hit.node;
    }
    const node = make();
    // A move changes the node, not what it draws: the same `data` lets the view skip rendering.
    if (hit && sameData(hit.node.data, node.data)) node.data = hit.node.data;
    next.set(id, { deps, node });
    return node;
  };

  return function mapNodes(
    flow: Flow,
    selection: ReadonlySet<string>,
    overrides: ReadonlyMap<string, NodeOverride>,
    badges: Readonly<Record<string, StepRunBadge>> = {},
  ): CanvasNode[] {
    const nextBase = new Map<string, BaseEntry>();
    const nextView = new Map<string, ViewEntry>();
    const p = flow.process;
    const bases: CanvasNode[] = [
      base(nextBase, p.id, [p.id, p.name, p.position, p.size], () => poolNode(p)),
    ];
    const byId = new Map(p.steps.map((s) => [s.id, s]));
    const steps = p.steps.some((s) => s.parentId)
      ? [...p.steps].sort((a, b) => depth(a, byId) - depth(b, byId))
      : p.steps;
    const containersFirst = [
      ...steps.filter((s) => getStepType(s.type)?.container),
      ...steps.filter((s) => !getStepType(s.type)?.container),
    ];
    for (const s of containersFirst) {
      const badge = badges[s.id];
      const deps = [s, p.id, badgeKey(badge), ...(isOwnPool(s) ? [p.position] : [])];
      bases.push(base(nextBase, s.id, deps, () => stepNode(s, p, badge)));
    }
    for (const part of flow.participants)
      bases.push(base(nextBase, part.id, [part], () => participantNode(part)));

    const result = bases.map((b) => {
      const selected = selection.has(b.id);
      const override = overrides.get(b.id);
      const hit = viewCache.get(b.id);
      if (hit && hit.base === b && hit.selected === selected && hit.override === override) {
        nextView.set(b.id, hit);
        return hit.node;
      }
      const node = applyView(b, selected, override);
      nextView.set(b.id, { base: b, selected, override, node });
      return node;
    });
    baseCache = nextBase;
    viewCache = nextView;
    last = sameOrNext(last, result);
    return last;
  };
}

function applyView(
  b: CanvasNode,
  selected: boolean,
  override: NodeOverride | undefined,
): CanvasNode {
  if (!selected && !override) return b;
  const node = { ...b, selected } as CanvasNode;
  if (override?.position) node.position = override.position;
  if (override?.size) {
    node.width = override.size.width;
    node.height = override.size.height;
    node.measured = { ...override.size };
  }
  return node;
}
