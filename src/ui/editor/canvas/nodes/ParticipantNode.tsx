import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { ConnectHandle } from './ConnectHandle';
import type { ParticipantNode as ParticipantNodeType } from '../nodeTypes';
import { NodeIcon } from './NodeIcon';
import { sameNodeData } from './sameNodeData';

/**
 * Sender or Receiver: a box with a person icon and the name, outside the process. A Sender only
 * starts links (source handle), a Receiver only ends them (target handle).
 */
function ParticipantNodeView({ id, data }: NodeProps<ParticipantNodeType>) {
  return (
    <div className={`ifs-participant ifs-participant--${data.participantKind}`}>
      {data.participantKind === 'receiver' && (
        <ConnectHandle kind="target" nodeId={id} name={data.name} />
      )}
      <NodeIcon path={data.icon} size={36} />
      <span className="ifs-participant__name">{data.name}</span>
      {data.participantKind === 'sender' && (
        <ConnectHandle kind="source" nodeId={id} name={data.name} />
      )}
    </div>
  );
}

export const ParticipantNode = memo(ParticipantNodeView, sameNodeData);
