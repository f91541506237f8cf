import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { ConnectHandle } from './ConnectHandle';
import { MIN_CONTAINER_SIZE } from '../../../../core';
import type { StepNode as StepNodeType } from '../nodeTypes';
import { NodeIcon } from './NodeIcon';
import { ResizeControls } from './ResizeControls';
import { RunBadge } from './RunBadge';

const MIN = { minWidth: MIN_CONTAINER_SIZE.width, minHeight: MIN_CONTAINER_SIZE.height };

/**
 * A container step (Exception Subprocess): a dashed rounded box holding its own steps. Like the
 * pool it resizes from the right and bottom edges (its steps never need to shift); React Flow
 * keeps it around its steps and inside the pool, and the size is committed as one step.resize
 * when the gesture ends. The corner grip shows only when it is selected.
 */
function ContainerNodeView({ id, data, selected }: NodeProps<StepNodeType>) {
  return (
    <div
      className={`ifs-container${data.shape === 'pool' ? ' ifs-container--pool' : ''}${selected ? ' is-selected' : ''}`}
    >
      {data.hasTarget && <ConnectHandle kind="target" nodeId={id} name={data.name} />}
      <div className="ifs-container__title">
        {data.icon && <NodeIcon path={data.icon} size={14} />}
        <span>{data.name}</span>
      </div>
      <RunBadge badge={data.badge} />
      {data.hasSource && <ConnectHandle kind="source" nodeId={id} name={data.name} />}
      <ResizeControls {...MIN} corner={selected} />
    </div>
  );
}

export const ContainerNode = memo(ContainerNodeView);
