import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { StepNode as StepNodeType } from '../nodeTypes';
import { NodeIcon } from './NodeIcon';
import { RunBadge } from './RunBadge';

/** A container step (Exception Subprocess): a dashed rounded box holding its own steps. */
function ContainerNodeView({ id, data, selected }: NodeProps<StepNodeType>) {
  return (
    <div className={`ifs-container${selected ? ' is-selected' : ''}`}>
      {data.hasTarget && (
        <Handle type="target" position={Position.Left} aria-label={`Connect to ${data.name}`} />
      )}
      <div className="ifs-container__title">
        {data.icon && <NodeIcon path={data.icon} size={14} />}
        <span>{data.name}</span>
      </div>
      <RunBadge stepId={id} />
      {data.hasSource && (
        <Handle type="source" position={Position.Right} aria-label={`Connect from ${data.name}`} />
      )}
    </div>
  );
}

export const ContainerNode = memo(ContainerNodeView);
