import { Position } from '@xyflow/react';

/** React Flow's id of a <ReactFlow> rendered without an `id` prop; part of a handle's data-id. */
export const FLOW_ID = '1';

/** The data-id React Flow looks a handle up by (its nodes' handles carry no handle id). */
export function handleDataId(nodeId: string, kind: 'source' | 'target'): string {
  return `${FLOW_ID}-${nodeId}-null-${kind}`;
}

const CLASSES = 'react-flow__handle nodrag nopan connectable connectablestart connectableend';

/**
 * A node's connection point: target on the left ("Connect to X"), source on the right
 * ("Connect from X"). role="img" makes the name valid ARIA (a role-less div may not carry
 * aria-label); they are drawn points for the mouse — the keyboard connects through the
 * properties panel's Connections group.
 *
 * The element React Flow's <Handle> renders (classes and data attributes, so React Flow
 * measures it and finds it while connecting), without its hooks: a <Handle> subscribes to React
 * Flow's store and reads three contexts, which for two handles per step was most of the memory
 * and of the store work per frame of a 1,000-step flow. The canvas starts connections from
 * these elements and marks them while connecting, once for all (useHandleGestures).
 */
export function ConnectHandle({
  kind,
  nodeId,
  name,
}: {
  kind: 'source' | 'target';
  nodeId: string;
  name: string;
}) {
  const source = kind === 'source';
  const position = source ? Position.Right : Position.Left;
  return (
    <div
      className={`${CLASSES} react-flow__handle-${position} ${kind} connectionindicator`}
      data-nodeid={nodeId}
      data-handlepos={position}
      data-id={handleDataId(nodeId, kind)}
      role="img"
      aria-label={`${source ? 'Connect from' : 'Connect to'} ${name}`}
    />
  );
}
