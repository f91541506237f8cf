import { Handle, Position } from '@xyflow/react';

/**
 * A node's connection point: target on the left ("Connect to X"), source on the right
 * ("Connect from X"). role="img" makes the name valid ARIA (a role-less div may not carry
 * aria-label); they are drawn points for the mouse — the keyboard connects through the
 * properties panel's Connections group.
 */
export function ConnectHandle({ kind, name }: { kind: 'source' | 'target'; name: string }) {
  const source = kind === 'source';
  return (
    <Handle
      type={kind}
      position={source ? Position.Right : Position.Left}
      role="img"
      aria-label={`${source ? 'Connect from' : 'Connect to'} ${name}`}
    />
  );
}
