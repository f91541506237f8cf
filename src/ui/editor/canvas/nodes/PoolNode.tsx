import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { PoolNode as PoolNodeType } from '../nodeTypes';
import { ResizeControls } from './ResizeControls';

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
      <ResizeControls {...MIN} corner />
    </div>
  );
}

export const PoolNode = memo(PoolNodeView);
