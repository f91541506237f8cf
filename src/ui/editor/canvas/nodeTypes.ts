import type { Edge, Node } from '@xyflow/react';
import type { ParticipantKind, Shape } from '../../../core';
import type { StepRunBadge } from '../../../store/runOverlay';

/** Data of the Integration Process pool node. */
export interface PoolData extends Record<string, unknown> {
  name: string;
}

export interface ParticipantData extends Record<string, unknown> {
  name: string;
  participantKind: ParticipantKind;
  icon: string;
}

/** Data of a step node (event, task, gateway) or of a container step (Exception Subprocess). */
export interface StepData extends Record<string, unknown> {
  name: string;
  type: string;
  typeLabel: string;
  shape: Shape;
  icon: string;
  /** Whether the type may have outgoing / incoming links at all (End has no source handle). */
  hasSource: boolean;
  hasTarget: boolean;
  /** The simulation's badge of the step (run overlay), absent when none is shown. */
  badge?: StepRunBadge;
}

export type PoolNode = Node<PoolData, 'pool'>;
export type ParticipantNode = Node<ParticipantData, 'participant'>;
export type StepNode = Node<StepData, 'step' | 'container'>;
export type CanvasNode = PoolNode | ParticipantNode | StepNode;

export interface LinkData extends Record<string, unknown> {
  kind: 'sequence' | 'message';
  /** CPI's bends of an imported link (absolute flow coordinates), drawn while its ends stay put. */
  bends?: [number, number][];
}

export type CanvasEdge = Edge<LinkData>;

/** Transient drag / resize state that lives only in the canvas until the gesture ends. */
export interface NodeOverride {
  position?: { x: number; y: number };
  size?: { width: number; height: number };
}
