import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { ConnectHandle } from './ConnectHandle';
import type { StepNode as StepNodeType } from '../nodeTypes';
import { NodeIcon } from './NodeIcon';
import { RunBadge } from './RunBadge';
import { sameNodeData } from './sameNodeData';

/**
 * A step drawn in CPI's BPMN-like language: thin circle with an envelope for Start, thick circle
 * for End, rounded task box with icon and name, diamond for a gateway. A target handle on the
 * left and a source handle on the right, each only when the type allows such links at all
 * (End has no source handle); the rules decide the rest.
 */
function StepNodeView({ id, data }: NodeProps<StepNodeType>) {
  const { badge } = data;
  const classes = [
    'ifs-step',
    `ifs-step--${data.shape}`,
    badge?.status === 'current' ? 'is-current' : '',
    badge?.status === 'error' ? 'is-failed' : '',
  ].join(' ');
  const isEvent = data.shape === 'startEvent' || data.shape === 'endEvent';
  return (
    <div className={classes} title={`${data.typeLabel}: ${data.name}`}>
      {data.hasTarget && <ConnectHandle kind="target" nodeId={id} name={data.name} />}
      {isEvent || data.shape === 'gateway' ? (
        <>
          <div className="ifs-step__shape">
            {data.icon && <NodeIcon path={data.icon} size={isEvent ? 20 : 18} />}
          </div>
          <div className="ifs-step__caption">{data.name}</div>
        </>
      ) : (
        <div className="ifs-step__shape">
          {data.icon && <NodeIcon path={data.icon} size={16} />}
          <span className="ifs-step__name">{data.name}</span>
          {data.type === 'placeholder' && <span className="ifs-step__kind">{data.typeLabel}</span>}
        </div>
      )}
      <RunBadge badge={badge} />
      {data.hasSource && <ConnectHandle kind="source" nodeId={id} name={data.name} />}
    </div>
  );
}

/**
 * Re-renders only when the step's own drawing data changes: a move (position), a selection
 * (React Flow's `selected` class on the wrapper, styled in canvas.css) or a drag leave it alone.
 */
export const StepNode = memo(StepNodeView, sameNodeData);
