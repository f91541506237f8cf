import { memo } from 'react';
import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import type { CanvasEdge } from '../nodeTypes';

/**
 * A message flow: dashed (canvas.css) with the adapter type as label. The label sits just after
 * the source instead of at the middle, where a Sender → Start link crosses the pool's title strip.
 */
function MessageEdgeView(props: EdgeProps<CanvasEdge>) {
  const [path] = getSmoothStepPath(props);
  const dx = props.targetX - props.sourceX;
  const labelX = props.sourceX + Math.sign(dx) * Math.min(Math.abs(dx) / 2, 42);
  return (
    <BaseEdge
      id={props.id}
      path={path}
      markerEnd={props.markerEnd}
      style={props.style}
      interactionWidth={props.interactionWidth}
      label={props.label}
      labelX={labelX}
      labelY={props.sourceY - 10}
      labelShowBg
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
    />
  );
}

export const MessageEdge = memo(MessageEdgeView);
