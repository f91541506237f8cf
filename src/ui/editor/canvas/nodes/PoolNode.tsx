import { memo } from 'react';
import { NodeResizeControl, ResizeControlVariant, type NodeProps } from '@xyflow/react';
import type { PoolNode as PoolNodeType } from '../nodeTypes';

const MIN = { minWidth: 240, minHeight: 140 };

/**
 * The Integration Process pool. Only its title strip drags it (the body lets clicks through to
 * the pane, so box selection and panning work inside the pool). It resizes from the right and
 * bottom edges only, so the steps' relative positions never need to shift.
 */
function PoolNodeView({ data, selected }: NodeProps<PoolNodeType>) {
  return (
    <div className={`ifs-pool${selected ? ' is-selected' : ''}`}>
      <div className="ifs-pool__header" title="Drag to move the Integration Process">
        <span className="ifs-pool__title">{data.name}</span>
      </div>
      <NodeResizeControl
        variant={ResizeControlVariant.Line}
        position="right"
        {...MIN}
        className="ifs-pool__resize"
      />
      <NodeResizeControl
        variant={ResizeControlVariant.Line}
        position="bottom"
        {...MIN}
        className="ifs-pool__resize"
      />
      <NodeResizeControl
        position="bottom-right"
        {...MIN}
        className="ifs-pool__resize ifs-pool__corner"
      />
    </div>
  );
}

export const PoolNode = memo(PoolNodeView);
