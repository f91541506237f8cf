import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ParticipantNode as ParticipantNodeType } from '../nodeTypes';
import { NodeIcon } from './NodeIcon';

/**
 * Sender or Receiver: a box with a person icon and the name, outside the process. A Sender only
 * starts links (source handle), a Receiver only ends them (target handle). Handles are role="img"
 * (see StepNode).
 */
function ParticipantNodeView({ data, selected }: NodeProps<ParticipantNodeType>) {
  return (
    <div
      className={`ifs-participant ifs-participant--${data.participantKind}${selected ? ' is-selected' : ''}`}
    >
      {data.participantKind === 'receiver' && (
        <Handle
          type="target"
          position={Position.Left}
          role="img"
          aria-label={`Connect to ${data.name}`}
        />
      )}
      <NodeIcon path={data.icon} size={36} />
      <span className="ifs-participant__name">{data.name}</span>
      {data.participantKind === 'sender' && (
        <Handle
          type="source"
          position={Position.Right}
          role="img"
          aria-label={`Connect from ${data.name}`}
        />
      )}
    </div>
  );
}

export const ParticipantNode = memo(ParticipantNodeView);
