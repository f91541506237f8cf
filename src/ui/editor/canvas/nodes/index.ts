import type { NodeTypes } from '@xyflow/react';
import { ContainerNode } from './ContainerNode';
import { ParticipantNode } from './ParticipantNode';
import { PoolNode } from './PoolNode';
import { StepNode } from './StepNode';

/** Stable object (module level): React Flow warns and re-mounts when nodeTypes changes. */
export const nodeTypes: NodeTypes = {
  pool: PoolNode,
  participant: ParticipantNode,
  step: StepNode,
  container: ContainerNode,
};
