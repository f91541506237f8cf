import { memo } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import type { CanvasEdge } from '../nodeTypes';

/**
 * A link drawn through the bends CPI's diagram gave it (an imported flow looks as it does in
 * CPI), from the source's connection point to the target's. The label sits on the middle segment.
 */
function BentEdgeView(props: EdgeProps<CanvasEdge>) {
  const bends = props.data?.bends ?? [];
  const points: [number, number][] = [
    [props.sourceX, props.sourceY],
    ...bends,
    [props.targetX, props.targetY],
  ];
  const path = points.map(([x, y], i) => `${i ? 'L' : 'M'} ${x} ${y}`).join(' ');
  const mid = Math.floor((points.length - 1) / 2);
  const [ax, ay] = points[mid]!;
  const [bx, by] = points[mid + 1]!;
  return (
    <BaseEdge
      id={props.id}
      path={path}
      markerEnd={props.markerEnd}
      style={props.style}
      interactionWidth={props.interactionWidth}
      label={props.label}
      labelX={(ax + bx) / 2}
      labelY={(ay + by) / 2}
      labelShowBg
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
    />
  );
}

export const BentEdge = memo(BentEdgeView);
